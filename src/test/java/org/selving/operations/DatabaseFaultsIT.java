package org.selving.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.assessment.AccessCodes;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;
import org.selving.testing.PostgresServer;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The packaged app and its PostgreSQL server going away, as the operator would see it: stopped before
 * the app starts, the app starts anyway, says why in its log, reports itself not ready and answers 503
 * problems, then migrates and works as soon as the server is back, without a restart; stopped while
 * answers pour in, every answer is either acknowledged (201) and stored with its code spent, or refused
 * with a 503 and not acknowledged, and the app takes answers again once the server is back. The test
 * stops and starts the throwaway server itself, so it runs in .ci/run's PostgreSQL pass (which says where
 * the server is); elsewhere it is skipped.
 */
class DatabaseFaultsIT {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    private PostgresServer server;

    @AfterEach
    void restartTheServer() throws Exception {
        RestAssured.reset();
        Api.forgetSessions();
        if (server != null) {
            server.ensureRunning();
        }
    }

    private PostgresServer server() throws Exception {
        server = PostgresServer.controllable().orElse(null);
        assumeTrue(server != null, "stops and starts the throwaway PostgreSQL server: runs in .ci/run's PostgreSQL"
                + " pass, which gives its data directory as SELVING_TEST_POSTGRES_DATA");
        return server;
    }

    private static int status(String url) {
        return given().get(url).statusCode();
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within " + RECOVERY);
            Thread.sleep(250);
        }
    }

    private static int answer(PackagedApp app, String code) {
        return given().baseUri(app.baseUrl()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4},"
                        + " \"comments\": {\"comment_strength\": \"Said during the outage test.\"}}")
                .post("/api/responses").statusCode();
    }

    @Test
    void startsWithoutItsDatabaseAndComesBackWhenItDoes() throws Exception {
        PostgresServer server = server();
        server.stop();
        try (PackagedApp app = new PackagedApp(workDir, "-Dselving.sample.enabled=false").keepingTheDatabase()
                .startLive()) {
            assertEquals(503, status(app.managementUrl() + "/q/health/ready"));
            given().baseUri(app.baseUrl()).contentType(ContentType.JSON)
                    .body("{\"assessmentId\": 1, \"unitId\": 1, \"answers\": {\"know_purpose\": 4}}")
                    .post("/api/responses").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("detail", containsString("database"));
            given().baseUri(app.baseUrl()).accept(ContentType.HTML).get("/").then().statusCode(503);
            assertTrue(app.log().contains("The database cannot be reached"), app.log());

            server.start();
            waitUntil("ready once the database is back", () -> status(app.managementUrl() + "/q/health/ready") == 200);
            assertTrue(app.log().contains("Database schema is up to date"), app.log());
            RestAssured.port = app.port();
            createOrganization("Late start Ltd");
        }
    }

    @Test
    void noAcknowledgedAnswerIsLostWhenTheDatabaseGoesAwayUnderLoad() throws Exception {
        PostgresServer server = server();
        try (PackagedApp app = new PackagedApp(workDir, "-Dselving.sample.enabled=false").start()) {
            RestAssured.port = app.port();
            long org = createOrganization("Outage Ltd");
            long team = createUnit(org, "Team", null);
            long assessment = createAssessment(org, "");
            List<String> codes = issueCodes(assessment, team, 3000);
            open(assessment);

            Queue<String> unused = new ConcurrentLinkedQueue<>(codes.subList(0, codes.size() - 1));
            Map<String, Integer> outcomes = new ConcurrentHashMap<>();
            long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                Thread client = new Thread(() -> {
                    for (String code = unused.poll(); code != null && System.nanoTime() < end; code = unused.poll()) {
                        outcomes.put(code, answer(app, code));
                    }
                });
                client.start();
                clients.add(client);
            }
            Thread.sleep(2_000);
            server.stop();
            Thread.sleep(3_000);
            server.start();
            for (Thread client : clients) {
                client.join();
            }

            Map<Integer, Integer> byStatus = new TreeMap<>();
            outcomes.values().forEach(status -> byStatus.merge(status, 1, Integer::sum));
            System.out.println("Answers while PostgreSQL was stopped and started: " + byStatus);
            assertEquals(List.of(201, 503), new ArrayList<>(byStatus.keySet()), "acknowledged or 503, nothing else");

            waitUntil("ready again", () -> status(app.managementUrl() + "/q/health/ready") == 200);
            waitUntil("answers taken again without a restart", () -> answer(app, codes.get(codes.size() - 1)) == 201);
            long acknowledged = byStatus.get(201) + 1;
            try (Connection db = app.openDatabase();
                    PreparedStatement spent = db.prepareStatement("""
                            SELECT COUNT(*) FROM access_code c WHERE c.code_hash = ?
                            AND NOT EXISTS (SELECT 1 FROM unspent_code u WHERE u.access_code_id = c.id)""");
                    PreparedStatement count = db.prepareStatement("""
                            SELECT (SELECT COUNT(*) FROM response WHERE assessment_id = ?),
                                   (SELECT COUNT(*) FROM access_code c WHERE c.assessment_id = ?
                                    AND NOT EXISTS (SELECT 1 FROM unspent_code u WHERE u.access_code_id = c.id)),
                                   (SELECT COUNT(*) FROM response_comment WHERE assessment_id = ?)""")) {
                for (Map.Entry<String, Integer> outcome : outcomes.entrySet()) {
                    if (outcome.getValue() == 201) {
                        spent.setBytes(1, AccessCodes.hash(outcome.getKey()));
                        try (ResultSet rs = spent.executeQuery()) {
                            rs.next();
                            assertEquals(1, rs.getLong(1), "an acknowledged answer's code is spent");
                        }
                    }
                }
                count.setLong(1, assessment);
                count.setLong(2, assessment);
                count.setLong(3, assessment);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getLong(1) >= acknowledged, "every acknowledged answer is stored");
                    assertEquals(rs.getLong(1), rs.getLong(2), "a code is spent if and only if its answers are stored");
                    assertEquals(rs.getLong(1), rs.getLong(3), "and their comments");
                }
            }
            asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200)
                    .body("about.assessmentId", equalTo((int) assessment));
            String log = app.log();
            log.lines().filter(line -> line.contains("Database") || line.contains("database")).forEach(System.out::println);
            assertTrue(log.contains("Database unavailable: "), "the outage is logged");
            assertTrue(log.lines().filter(line -> line.contains("Database unavailable: ")).count() <= 5,
                    "in a few lines, not one per request");
            waitUntil("the recovery logged", () -> {
                try {
                    return app.log().contains("The database can be reached again");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
