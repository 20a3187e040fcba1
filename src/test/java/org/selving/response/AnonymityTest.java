package org.selving.response;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * After someone answers with an access code, nothing stored can tell which response the code
 * produced, or when (beyond the day) a response arrived.
 */
@QuarkusTest
class AnonymityTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void nothingLinksAResponseToTheCodeThatWasSpent() throws SQLException {
        long org = createOrganization("Anonymous & Co");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        List<String> codes = issueCodes(assessment, team, 3);
        open(assessment);
        Map<Long, List<Object>> codesBefore = rows("SELECT * FROM access_code WHERE assessment_id = " + assessment + " ORDER BY id");

        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + codes.get(1) + "\", \"answers\": {\"know_purpose\": 4},"
                        + " \"comments\": {\"comment_strength\": \"Kind colleagues\"}}")
                .post("/api/responses").then().statusCode(201);

        // the code itself is untouched; its use is recorded by deleting its row from unspent_code, so no
        // row is written about it at all (on PostgreSQL, none shares the response's transaction number)
        assertEquals(codesBefore, rows("SELECT * FROM access_code WHERE assessment_id = " + assessment + " ORDER BY id"));
        assertEquals(List.of("ID", "BATCH_ID", "ASSESSMENT_ID", "UNIT_ID", "CODE_HASH"), columns("ACCESS_CODE"));
        assertEquals(List.of("ACCESS_CODE_ID"), columns("UNSPENT_CODE"));
        assertEquals(Set.of("ACCESS_CODE"), referencedTables("UNSPENT_CODE"));
        Object[] ids = codesBefore.keySet().toArray();
        assertEquals(List.of(List.of(ids[0]), List.of(ids[2])), List.copyOf(rows("""
                SELECT u.access_code_id FROM unspent_code u JOIN access_code c ON c.id = u.access_code_id
                WHERE c.assessment_id = """ + assessment + " ORDER BY u.access_code_id", "ACCESS_CODE_ID").values()));

        // a response holds where it belongs (its unit, and the live workshop session whose room it was given in,
        // if any), the answers and the day: no code, no time, no person
        assertEquals(List.of("ID", "ASSESSMENT_ID", "UNIT_ID", "SEGMENT", "ANSWERS", "RECEIVED_ON", "SESSION_ID"),
                columns("RESPONSE"));
        assertEquals(List.of("ID", "ASSESSMENT_ID", "UNIT_ID", "SEGMENT", "PROMPT_KEY", "BODY", "SESSION_ID"),
                columns("RESPONSE_COMMENT"));
        assertEquals(Types.DATE, columnType("RESPONSE", "RECEIVED_ON"));
        // a live session keeps its day; a phone's ticket is a hash and its session, and the rounds it has not
        // answered yet are rows of their own, deleted when it answers (as access codes are spent)
        assertEquals(Types.DATE, columnType("WORKSHOP_SESSION", "HELD_ON"));
        assertEquals(List.of("TOKEN_HASH", "SESSION_ID"), columns("WORKSHOP_TICKET"));
        assertEquals(List.of("TOKEN_HASH", "ROUND"), columns("WORKSHOP_UNSPENT"));
        assertEquals(Set.of("WORKSHOP_TICKET"), referencedTables("WORKSHOP_UNSPENT"));
        assertEquals(List.of("SESSION_ID", "POSITION", "ANSWERS"), columns("WORKSHOP_AIM"));
        for (String table : List.of("RESPONSE", "RESPONSE_COMMENT", "ACCESS_CODE", "UNSPENT_CODE", "WORKSHOP_SESSION",
                "WORKSHOP_TICKET", "WORKSHOP_UNSPENT", "WORKSHOP_AIM")) {
            for (String column : columns(table)) {
                int type = columnType(table, column);
                assertFalse(Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME, Types.TIME_WITH_TIMEZONE)
                        .contains(type), table + "." + column + " holds a time of day");
            }
        }
        assertEquals(Set.of("ASSESSMENT", "UNIT", "WORKSHOP_SESSION"), referencedTables("RESPONSE"));
        assertEquals(Set.of("ASSESSMENT", "UNIT", "WORKSHOP_SESSION"), referencedTables("RESPONSE_COMMENT"));
        assertEquals(Set.of("CODE_BATCH", "ASSESSMENT", "UNIT"), referencedTables("ACCESS_CODE"));
        assertTrue(rows("SELECT * FROM response WHERE assessment_id = " + assessment).values().iterator().next()
                .get(5) instanceof java.sql.Date);
    }

    @Test
    void commentsAreNotStoredInTheOrderTheyArrived() throws SQLException {
        long org = createOrganization("Quiet Order Ltd");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        List<String> codes = issueCodes(assessment, team, 12);
        open(assessment);
        List<String> sent = new ArrayList<>();
        for (String code : codes) {
            String comment = "Comment number " + sent.size();
            given().contentType(ContentType.JSON)
                    .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4},"
                            + " \"comments\": {\"comment_strength\": \"" + comment + "\"}}")
                    .post("/api/responses").then().statusCode(201);
            sent.add(comment);
        }

        // ids in arrival order would pair the n-th comment with the n-th response; 12 random ids come out
        // in arrival order once in 12! (about 500 million) runs
        List<String> byId = new ArrayList<>();
        rows("SELECT id, body FROM response_comment WHERE assessment_id = " + assessment + " ORDER BY id")
                .values().forEach(row -> byId.add((String) row.get(1)));
        assertEquals(Set.copyOf(sent), Set.copyOf(byId));
        assertNotEquals(sent, byId);
    }

    private Map<Long, List<Object>> rows(String sql) throws SQLException {
        return rows(sql, "ID");
    }

    private Map<Long, List<Object>> rows(String sql, String keyColumn) throws SQLException {
        Map<Long, List<Object>> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : value);
                }
                rows.put(rs.getLong(keyColumn), row);
            }
        }
        return rows;
    }

    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData()
                .getColumns(null, stored(c, "PUBLIC"), stored(c, table), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private int columnType(String table, String column) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData()
                .getColumns(null, stored(c, "PUBLIC"), stored(c, table), stored(c, column))) {
            rs.next();
            return rs.getInt("DATA_TYPE");
        }
    }

    private Set<String> referencedTables(String table) throws SQLException {
        Set<String> referenced = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getImportedKeys(null, stored(c, "PUBLIC"), stored(c, table))) {
                while (rs.next()) {
                    referenced.add(rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return referenced;
    }

    /** An unquoted name as the database keeps it: upper case in H2, lower case in PostgreSQL. */
    private static String stored(Connection c, String name) throws SQLException {
        return c.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
