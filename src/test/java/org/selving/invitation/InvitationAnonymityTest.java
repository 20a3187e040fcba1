package org.selving.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.invitation.Invitations.addJson;
import static org.selving.invitation.Invitations.await;
import static org.selving.invitation.Invitations.codeIn;
import static org.selving.invitation.Invitations.json;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.newClientAddress;
import static org.selving.testing.Api.open;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The participant list links an address to a code, for reminders; nothing may link either to the
 * answers. Answering writes nothing about the person (it deletes the code's unspent row, and that is
 * all), no foreign key leads from the list to a response, and on PostgreSQL no row anyone can read
 * carries the transaction number of the response, which is how a spent code used to be found.
 */
@QuarkusTest
class InvitationAnonymityTest {

    /** Where people are named or their codes kept, and what says which codes are unused. */
    private static final List<String> ABOUT_PEOPLE = List.of("participant", "mail_outbox", "mailing", "access_code",
            "code_batch");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MockMailbox mailbox;

    @Test
    void answeringWritesNothingAboutThePersonAndNothingJoinsAnAddressToAResponse() throws SQLException {
        long org = createOrganization("Nobody Knows " + System.nanoTime());
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "\"minGroupSize\": 3");
        open(assessment);
        List<String> people = List.of("one", "two", "three", "four").stream()
                .map(name -> name + assessment + "@example.org").toList();
        addJson(assessment, json(people.stream().map(p -> p + " " + team).toArray(String[]::new))).statusCode(201);
        await("the invitations sent", () -> Invitations.status(assessment).extract().jsonPath()
                .getInt("invitations.sent") == people.size());
        String code = codeIn(mailbox.getMailsSentTo(people.get(1)).get(0).getText());
        Map<String, String> before = snapshot(assessment);
        long unspentBefore = count("SELECT COUNT(*) FROM unspent_code");

        given().header("X-Forwarded-For", newClientAddress()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 2},"
                        + " \"comments\": {\"comment_strength\": \"Said in confidence\"}}")
                .post("/api/responses").then().statusCode(201);

        assertEquals(before, snapshot(assessment), "answering changed a row about people or their codes");
        assertEquals(unspentBefore - 1, count("SELECT COUNT(*) FROM unspent_code"), "one unspent row fewer, nothing else");

        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            assertEquals(Set.of("ASSESSMENT", "UNIT", "ACCESS_CODE"), referenced(meta, "PARTICIPANT"));
            assertEquals(Set.of("ASSESSMENT", "PARTICIPANT"), referenced(meta, "MAIL_OUTBOX"));
            assertEquals(Set.of("ASSESSMENT"), referenced(meta, "MAILING"));
            // a response given in a live workshop session refers to the session: a room, not a person
            assertEquals(Set.of("ASSESSMENT", "UNIT", "WORKSHOP_SESSION"), referenced(meta, "RESPONSE"));
            assertEquals(Set.of("ASSESSMENT", "UNIT", "WORKSHOP_SESSION"), referenced(meta, "RESPONSE_COMMENT"));
            assertEquals(Set.of(), referencing(meta, "RESPONSE"), "nothing refers to a response");

            if (meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                String xmin = text(c, "SELECT xmin::text FROM response WHERE assessment_id = " + assessment);
                for (String table : tables(meta)) {
                    if (!table.equals("response") && !table.equals("response_comment")) {
                        assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE xmin::text = '" + xmin + "'"),
                                table + " has a row written in the response's transaction");
                    }
                }
            }
        }
    }

    /** Every row of the assessment in the tables about people, as text, by table. */
    private Map<String, String> snapshot(long assessment) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : ABOUT_PEOPLE) {
                List<String> all = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE assessment_id = " + assessment
                        + " ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            Object value = rs.getObject(i);
                            row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value).append('|');
                        }
                        all.add(row.toString());
                    }
                }
                rows.put(table, String.join("\n", all));
            }
        }
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Set<String> referenced(DatabaseMetaData meta, String table) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, stored(meta, "PUBLIC"), stored(meta, table))) {
            while (rs.next()) {
                tables.add(rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static Set<String> referencing(DatabaseMetaData meta, String table) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet rs = meta.getExportedKeys(null, stored(meta, "PUBLIC"), stored(meta, table))) {
            while (rs.next()) {
                tables.add(rs.getString("FKTABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, stored(meta, "PUBLIC"), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** An unquoted name as the database keeps it: upper case in H2, lower case in PostgreSQL. */
    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
