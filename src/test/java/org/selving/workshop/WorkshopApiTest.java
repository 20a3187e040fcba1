package org.selving.workshop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.client;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.newClientAddress;
import static org.selving.testing.Api.open;
import static org.selving.workshop.Rooms.answer;
import static org.selving.workshop.Rooms.answers;
import static org.selving.workshop.Rooms.control;
import static org.selving.workshop.Rooms.join;
import static org.selving.workshop.Rooms.results;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.response.ResponseStore;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A live session through the JSON API: started on an open assessment, joined with its code, answered
 * once per phone, its figures moving in steps of k, its rounds, its end; and every way it refuses.
 */
@QuarkusTest
class WorkshopApiTest {

    private static final int K = 3;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseStore store;

    @Inject
    WorkshopService workshops;

    long org;
    long team;
    long other;
    long assessment;

    @BeforeEach
    void openAssessment() {
        org = createOrganization("Workshop Ltd");
        team = createUnit(org, "Team", null);
        other = createUnit(org, "Other team", null);
        assessment = createAssessment(org, "\"minGroupSize\": " + K + ", \"commentThreshold\": " + K
                + ", \"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
    }

    @Test
    void theRoomSeesItsAnswersInStepsOfKThenAllAtOnce() throws SQLException {
        JsonPath started = Rooms.start(assessment, team);
        long session = started.getLong("id");
        String code = started.getString("joinCode");
        assertEquals("ANSWERING", started.getString("phase"));
        assertTrue(JoinCodes.isWellFormed(code), code);

        List<String> tickets = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            String ticket = join(code.toLowerCase());
            tickets.add(ticket);
            assertEquals(201, answer(ticket, "now", answers(1 + n % 5, n) + ", \"segment\": \"" + (n % 2 == 0 ? "staff"
                    : "manager") + "\", \"comments\": {\"comment_strength\": \"Said by phone " + n + "\"}"));
            JsonPath shown = results(session);
            assertEquals(n, shown.getInt("session.answers"));
            // (floor(n / k) - 1) k: nothing before 2k, then steps of k, at least k behind
            int expected = Math.max(0, n / K - 1) * K;
            assertEquals(expected, shown.getInt("shownAnswers"), "after " + n + " answers");
            assertEquals(expected > 0, shown.getBoolean("now.shown"), "after " + n + " answers");
            if (expected > 0) {
                assertEquals(expected, shown.getInt("now.value.respondents"));
                assertFalse(shown.getBoolean("now.value.segments.available"), "no segments while answering");
            }
        }
        assertEquals(409, answer(tickets.get(0), "now", answers(5, 5)), "a phone answers a round once");
        assertEquals(409, answer(tickets.get(0), "aim", answers(5, 5)), "the second round is not open");

        control(session, "close-round");
        JsonPath all = results(session);
        assertEquals("RESULTS", all.getString("session.phase"));
        assertEquals(8, all.getInt("shownAnswers"));
        assertEquals(8, all.getInt("now.value.respondents"));
        assertEquals(409, answer(join(code), "now", answers(3, 3)), "the round is closed");

        control(session, "aim");
        for (String ticket : tickets.subList(0, 7)) {
            assertEquals(201, answer(ticket, "aim", answers(5, 10)));
        }
        JsonPath aiming = results(session);
        assertEquals(3, aiming.getInt("shownAims"), "the second round in steps of k too: 7 answers show 3");
        assertEquals(400, answer(tickets.get(7), "aim", answers(5, 10) + ", \"segment\": \"staff\""),
                "the second round takes answers only");
        control(session, "close-aim");
        assertEquals(7, results(session).getInt("aims.value.respondents"));

        // the first round's answers are responses of the assessment, for the session's unit; the second
        // round's are kept apart
        assertEquals(8, store.count(assessment));
        assertEquals(8, count("SELECT COUNT(*) FROM response WHERE session_id = " + session + " AND unit_id = " + team));
        assertEquals(7, count("SELECT COUNT(*) FROM workshop_aim WHERE session_id = " + session));
        // nine phones, two rounds each: fifteen answers spent fifteen of the eighteen unspent rounds (the
        // ninth joined after the first round closed)
        assertEquals(3, count("SELECT COUNT(*) FROM workshop_unspent u JOIN workshop_ticket t ON t.token_hash = u.token_hash"
                + " WHERE t.session_id = " + session));
        if (onPostgres()) {
            // spending deletes: no readable row but the room's count shares a transaction with the answers
            String answered = "(SELECT r.xmin::text FROM response r WHERE r.session_id = " + session + ")";
            for (String table : List.of("workshop_ticket", "workshop_unspent", "workshop_aim", "workshop_action",
                    "unspent_code", "access_code", "audit_event")) {
                assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE xmin::text IN " + answered), table);
            }
        }

        JsonPath ended = asAdmin().post("/api/workshops/" + session + "/end").then().statusCode(200).extract().jsonPath();
        assertEquals("ENDED", ended.getString("phase"));
        assertNull(ended.get("joinCode"));
        assertEquals(0, count("SELECT COUNT(*) FROM workshop_ticket WHERE session_id = " + session),
                "the phones' tickets are forgotten");
        client().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}").post("/api/workshops/join").then()
                .statusCode(403);
        assertEquals(403, answer(tickets.get(1), "now", answers(3, 3)), "a ticket of an ended session is unknown");

        JsonPath debrief = asAdmin().get("/api/workshops/" + session + "/debrief").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(debrief.getBoolean("now.value.segments.available"));
        assertEquals(8, debrief.getList("comments[0].groups[0].comments").size(), "8 comments, at least the threshold");
    }

    @Test
    void anUnknownOrEndedCodeIsRefusedAsABadAccessCodeIsAndTheThrottleCounts() {
        String bad = client().contentType(ContentType.JSON).body("{\"code\": \"AAAA-AAAA-AAAA\", \"answers\": {}}")
                .post("/api/responses").then().statusCode(403).extract().jsonPath().getString("detail");
        var refused = client().contentType(ContentType.JSON).body("{\"code\": \"ACDEFH\"}").post("/api/workshops/join")
                .then().statusCode(403).extract().jsonPath();
        assertEquals(bad, refused.getString("detail"));
        assertEquals("code", refused.getString("errors[0].field"));

        var phone = client().contentType(ContentType.JSON);
        String address = newClientAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body("{\"code\": \"XXXXXX\"}")
                    .post("/api/workshops/join").then().statusCode(403);
        }
        String code = Rooms.start(assessment, team).getString("joinCode");
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}")
                .post("/api/workshops/join").then().statusCode(429).header("Retry-After", notNullValue());
        phone.body("{\"code\": \"\"}").post("/api/workshops/join").then().statusCode(400).body("errors[0].field",
                equalTo("code"));
    }

    @Test
    void badAnswersAreRefusedFieldByFieldAndStoreNothing() {
        String code = Rooms.start(assessment, team).getString("joinCode");
        String ticket = join(code);
        StoredData.assertUnchangedBy(dataSource, () -> {
            client().contentType(ContentType.JSON).body("{\"ticket\": \"" + ticket + "\", \"round\": \"now\","
                    + " \"answers\": {\"know_purpose\": 9, \"no_such_item\": 3}, \"segment\": \"pilot\"}")
                    .post("/api/workshops/answers").then().statusCode(400)
                    .body("errors.field", hasItems("answers.know_purpose", "answers.no_such_item",
                            "segment"));
            client().contentType(ContentType.JSON).body("{\"ticket\": \"" + ticket + "\", \"round\": \"later\"}")
                    .post("/api/workshops/answers").then().statusCode(400).body("errors[0].field", equalTo("round"));
            client().contentType(ContentType.JSON).body("{\"ticket\": \"not a ticket\", \"round\": \"now\","
                    + " \"answers\": {\"know_purpose\": 3}}").post("/api/workshops/answers").then().statusCode(403)
                    .body("errors[0].field", equalTo("ticket"));
        });
        assertEquals(201, answer(ticket, "now", answers(3, 7)));
    }

    @Test
    void aSessionNeedsAnOpenAssessmentAndAUnitOfItsOrganization() {
        long draft = createAssessment(org, "");
        asAdmin().body("{\"unitId\": " + team + "}").post("/api/assessments/" + draft + "/workshops").then()
                .statusCode(409);
        long elsewhere = createUnit(createOrganization("Elsewhere"), "Their team", null);
        asAdmin().body("{\"unitId\": " + elsewhere + "}").post("/api/assessments/" + assessment + "/workshops").then()
                .statusCode(400).body("errors[0].field", equalTo("unitId"));
        asAdmin().body("{}").post("/api/assessments/" + assessment + "/workshops").then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        long closed = createAssessment(org, "");
        open(closed);
        close(closed);
        asAdmin().body("{\"unitId\": " + team + "}").post("/api/assessments/" + closed + "/workshops").then()
                .statusCode(409);
    }

    @Test
    void aWorkshopAssessmentIsCreatedOpenedAndStartedInOneStep() {
        JsonPath started = asAdmin().body("{\"unitId\": " + other + ", \"assessment\": {\"instrument\": \"selving\","
                + " \"title\": \"Offsite\", \"minGroupSize\": 4, \"segmentQuestion\": " + SEGMENT_QUESTION + "}}")
                .post("/api/organizations/" + org + "/workshops").then().statusCode(201).extract().jsonPath();
        long created = started.getLong("assessmentId");
        JsonPath view = asAdmin().get("/api/assessments/" + created).then().statusCode(200).extract().jsonPath();
        assertEquals("OPEN", view.getString("status"));
        assertEquals(4, view.getInt("settings.minGroupSize"));
        assertFalse(view.getBoolean("settings.openLink"));
        asAdmin().body("{\"unitId\": " + other + ", \"assessment\": {\"instrument\": \"nope\", \"title\": \"\"}}")
                .post("/api/organizations/" + org + "/workshops").then().statusCode(400);
    }

    @Test
    void onlyTheOrganizationsConsultantsAndAdministratorsSeeASessionManagersReadItsDebriefOnceItEnded() {
        long session = Rooms.start(assessment, team).getLong("id");
        createAccount("ours-" + session + "@workshop.test", "CONSULTANT", "\"clientIds\": [" + org + "]");
        long elsewhere = createOrganization("Other client " + session);
        createAccount("theirs-" + session + "@workshop.test", "CONSULTANT", "\"clientIds\": [" + elsewhere + "]");
        createAccount("manager-" + session + "@workshop.test", "MANAGER", "\"organizationId\": " + org);
        var ours = as("ours-" + session + "@workshop.test", PASSWORD);
        ours.get("/api/workshops/" + session).then().statusCode(200);
        for (String email : List.of("theirs-" + session + "@workshop.test", "manager-" + session + "@workshop.test")) {
            as(email, PASSWORD).get("/api/workshops/" + session).then().statusCode(404);
            as(email, PASSWORD).get("/api/workshops/" + session + "/results").then().statusCode(404);
            as(email, PASSWORD).get("/api/workshops/" + session + "/debrief").then().statusCode(404);
        }
        as("manager-" + session + "@workshop.test", PASSWORD).get("/api/workshops/999999/debrief").then().statusCode(404);
        ours.post("/api/workshops/" + session + "/end").then().statusCode(200);
        as("manager-" + session + "@workshop.test", PASSWORD).get("/api/workshops/" + session + "/debrief").then()
                .statusCode(200);
        as("manager-" + session + "@workshop.test", PASSWORD).get("/api/workshops/" + session).then().statusCode(404);
        as("theirs-" + session + "@workshop.test", PASSWORD).get("/api/workshops/" + session + "/debrief").then()
                .statusCode(404);
    }

    @Test
    void theScreenRevealsDimensionsAndTheGapAndKeepsActions() {
        long session = Rooms.start(assessment, team).getLong("id");
        asAdmin().body("{\"revealed\": [\"safety_to_speak\"], \"gapShown\": true}").put("/api/workshops/" + session
                + "/screen").then().statusCode(200).body("revealed", equalTo(List.of("safety_to_speak")))
                .body("gapShown", equalTo(true));
        asAdmin().body("{\"revealed\": [\"nonsense\"]}").put("/api/workshops/" + session + "/screen").then()
                .statusCode(400).body("errors[0].field", equalTo("revealed[0]"));
        asAdmin().body("{\"revealed\": [\"*\"]}").put("/api/workshops/" + session + "/screen").then()
                .statusCode(200).body("revealed", equalTo(List.of("*")));

        long action = asAdmin().body("{\"description\": \"Talk about mistakes <monthly>\", \"owner\": \"Sam\","
                + " \"dueOn\": \"2026-06-30\"}").post("/api/workshops/" + session + "/actions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asAdmin().body("{\"description\": \"\"}").post("/api/workshops/" + session + "/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("description"));
        asAdmin().get("/api/workshops/" + session + "/actions").then().statusCode(200)
                .body("description", equalTo(List.of("Talk about mistakes <monthly>")));
        asAdmin().delete("/api/workshops/" + session + "/actions/" + action).then().statusCode(204);
        asAdmin().delete("/api/workshops/" + session + "/actions/" + action).then().statusCode(404);
        asAdmin().post("/api/workshops/" + session + "/close-aim").then().statusCode(409).body("errors[0].field",
                equalTo("phase"));
    }

    @Test
    void theAssessmentsOpenReportLeavesTheRoomOutItsClosedReportCountsIt() {
        JsonPath started = Rooms.start(assessment, team);
        String code = started.getString("joinCode");
        List<String> codes = issueCodes(assessment, other, 9);
        for (String accessCode : codes) {
            client().contentType(ContentType.JSON).body("{\"code\": \"" + accessCode + "\", " + answers(4, 8) + "}")
                    .post("/api/responses").then().statusCode(201);
        }
        for (int n = 0; n < 9; n++) {
            assertEquals(201, answer(join(code), "now", answers(2, 3) + ", \"segment\": \"staff\""));
        }
        JsonPath interim = asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(6, interim.getInt("basis.responses"), "9 answers with codes show 6; the room's 9 wait");
        close(assessment);
        JsonPath report = asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(18, report.getInt("figures.value.respondents"));
        assertNotNull(report.get("figures.value.dimensions"));

        // a closed assessment's sessions take nobody in, and end (as the scheduler does it every minute)
        client().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}").post("/api/workshops/join").then()
                .statusCode(403);
        workshops.endSessionsOfClosedAssessments();
        asAdmin().get("/api/workshops/" + started.getLong("id")).then().statusCode(200).body("phase", equalTo("ENDED"));
    }

    @Test
    void theMetricsCountTheSessionsRunning() throws InterruptedException {
        long session = Rooms.start(assessment, team).getLong("id");
        double running = runningSessions();
        for (int wait = 0; wait < 50 && running < count(); wait++) {
            Thread.sleep(100);
            running = runningSessions();
        }
        assertEquals(count(), running, "the gauge counts every session not ended, on the whole database");
        control(session, "end");
        for (int wait = 0; wait < 50 && runningSessions() != count(); wait++) {
            Thread.sleep(100);
        }
        assertEquals(count(), runningSessions());
    }

    private static double runningSessions() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("selving_workshop_sessions")).mapToDouble(line ->
                Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }

    /** The sessions not ended, as the database has them. */
    private double count() {
        try {
            return count("SELECT COUNT(*) FROM workshop_session WHERE phase <> 'ENDED'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean onPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
