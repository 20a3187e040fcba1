package org.selving.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Answers survive what happens to a real installation: the packaged app stopped and started again on
 * the same database (H2 file, or the PostgreSQL database of {@code mvn -Ppostgres verify}), and killed with
 * {@code kill -9} right after acknowledging answers.
 */
class RestartIT {

    @TempDir
    Path workDir;

    @AfterEach
    void forgetApp() {
        RestAssured.reset();
    }

    private static void use(PackagedApp app) {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = app.port();
    }

    private static void answer(String code, int value) {
        send(code, value).statusCode(201);
    }

    /** A code spent before the restart is still spent: refused like an unknown one. */
    /** Northwind and the four other clients of its consultant: created once, not again on a restart. */

    private static void assertSpent(String code) {
        send(code, 3).statusCode(403);
    }

    private static ValidatableResponse send(String code, int value) {
        return given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": " + value + ", \"recommend_workplace\": 9},"
                        + " \"comments\": {\"comment_strength\": \"Answer " + code + "\"}}")
                .post("/api/responses").then();
    }

    @Test
    void acknowledgedAnswersSurviveARestartAndAKill() throws Exception {
        assertTrue(PackagedApp.isBuilt(), "the IT runs after packaging: mvn verify");
        PackagedApp app = new PackagedApp(workDir);
        long assessment;
        List<String> codes;
        try (app) {
            use(app.start());
            long org = createOrganization("Restart Ltd");
            long unit = createUnit(org, "Team", null);
            assessment = createAssessment(org, "");
            codes = issueCodes(assessment, unit, 60);
            open(assessment);
            for (int i = 0; i < 20; i++) {
                answer(codes.get(i), 1 + i % 5);
            }
            app.stop();

            use(app.start());
            assertSpent(codes.get(0));
            assertSpent(codes.get(19));
            asAdmin().get("/api/organizations").then().body("findAll { it.sample }.size()", equalTo(Api.SAMPLE_ORGANIZATIONS));
            for (int i = 20; i < 50; i++) {
                answer(codes.get(i), 1 + i % 5);
            }
            app.kill();

            use(app.start());
            assertSpent(codes.get(20));
            assertSpent(codes.get(49));
            asAdmin().get("/api/organizations").then().body("findAll { it.sample }.size()", equalTo(Api.SAMPLE_ORGANIZATIONS));
            app.stop();
        }

        try (Connection db = app.openDatabase();
                PreparedStatement count = db.prepareStatement("""
                        SELECT (SELECT COUNT(*) FROM response WHERE assessment_id = ?),
                               (SELECT COUNT(*) FROM response_comment WHERE assessment_id = ?)""")) {
            count.setLong(1, assessment);
            count.setLong(2, assessment);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                assertEquals(50, rs.getLong(1), "responses");
                assertEquals(50, rs.getLong(2), "comments");
            }
        }
        assertTrue(Files.exists(workDir.resolve("data").resolve("sample-access-codes.txt")));
    }
}
