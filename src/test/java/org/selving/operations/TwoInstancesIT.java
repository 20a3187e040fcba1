package org.selving.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.security.SessionCookie;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two packaged instances on one PostgreSQL database behave as one: started together on an empty database,
 * they create the first administrator and the sample once; a session signed in on one works on
 * the other, a code spent on one is refused on the other, the code throttle counts a client's bad codes
 * on both together, and a report read on either counts the answers taken by both, the same figures on
 * each once the assessment is closed (its blocks and tree written once). Runs in the PostgreSQL pass
 * (README); on the embedded H2 database there is nothing to share.
 */
class TwoInstancesIT {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @AfterEach
    void forget() {
        Api.forgetSessions();
    }

    /** Both behind a proxy that says who the client is, so the test can act as several; both with the sample. */
    private static PackagedApp instance(Path workDir) {
        return new PackagedApp(workDir, "-Dquarkus.http.proxy.proxy-address-forwarding=true",
                "-Dquarkus.http.proxy.allow-x-forwarded=true").keepingTheDatabase();
    }

    /** Starts both at the same moment on an empty database, as two replicas of a new deployment would. */
    private static void startTogether(PackagedApp a, PackagedApp b) throws Exception {
        try (Connection db = a.openDatabase(); Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            Future<PackagedApp> first = starting.submit(a::start);
            Future<PackagedApp> second = starting.submit(b::start);
            first.get();
            second.get();
        } finally {
            starting.shutdown();
        }
    }

    private static RequestSpecification on(PackagedApp app, String session) {
        return given().baseUri(app.baseUrl()).cookie(SessionCookie.NAME, session).contentType(ContentType.JSON);
    }

    private static int answer(PackagedApp app, String client, String code) {
        return given().baseUri(app.baseUrl()).header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": " + (1 + code.charAt(0) % 5)
                        + ", \"recommend_workplace\": 8}}")
                .post("/api/responses").statusCode();
    }

    @Test
    void twoInstancesOnOneDatabaseBehaveAsOne() throws Exception {
        assumeTrue(PackagedApp.onPostgres(), "two instances share a database server: this runs in the PostgreSQL pass"
                + " (mvn -Ppostgres ..., README), not on the embedded H2 database");
        try (PackagedApp a = instance(first); PackagedApp b = instance(second)) {
            startTogether(a, b);
            // migrated once, the first administrator and the sample created once, by either
            assertEquals(1, (a.log() + b.log()).split("Created the first administrator", -1).length - 1);
            String session = Api.signIn(a.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            on(b, session).get("/api/account").then().statusCode(200).body("email", equalTo(Api.ADMIN_EMAIL));
            on(b, session).get("/api/organizations").then().statusCode(200).body("findAll { it.sample }.size()", equalTo(Api.SAMPLE_ORGANIZATIONS),
                    "findAll { it.sample }.name.unique().size()", equalTo(Api.SAMPLE_ORGANIZATIONS));

            long org = on(b, session).body("{\"name\": \"Twice Ltd\"}").post("/api/organizations").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            long team = on(a, session).body("{\"name\": \"Team\"}").post("/api/organizations/" + org + "/units").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            long assessment = on(b, session).body("{\"instrument\": \"selving\", \"title\": \"Twice\", \"minGroupSize\": 3,"
                    + " \"commentThreshold\": 3}").post("/api/organizations/" + org + "/assessments").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            List<String> codes = on(a, session).body("{\"unitId\": " + team + ", \"count\": 10}")
                    .post("/api/assessments/" + assessment + "/access-codes").then().statusCode(201).extract().jsonPath()
                    .getList("codes", String.class);
            on(b, session).post("/api/assessments/" + assessment + "/open").then().statusCode(200);

            // a code spent on one is refused on the other, and the other way round
            assertEquals(201, answer(a, Api.newClientAddress(), codes.get(0)));
            assertEquals(403, answer(b, Api.newClientAddress(), codes.get(0)));
            assertEquals(201, answer(b, Api.newClientAddress(), codes.get(1)));
            assertEquals(403, answer(a, Api.newClientAddress(), codes.get(1)));
            for (int i = 2; i < 8; i++) {
                assertEquals(201, answer(i % 2 == 0 ? a : b, Api.newClientAddress(), codes.get(i)));
            }

            // bad codes entered on both count together: half the allowance on each, then both refuse
            String guesser = Api.newClientAddress();
            int attempts = 10;
            for (int i = 0; i < attempts; i++) {
                assertEquals(403, answer(i % 2 == 0 ? a : b, guesser, "ZZZZ-ZZZZ-ZZZ" + (char) ('A' + i)));
            }
            assertEquals(429, answer(a, guesser, codes.get(8)));
            assertEquals(429, answer(b, guesser, codes.get(8)));
            assertEquals(201, answer(b, Api.newClientAddress(), codes.get(8)), "others answer as before");

            // both count every answer; closed on one, the same report on both, read at the same moment
            on(a, session).post("/api/assessments/" + assessment + "/close").then().statusCode(200);
            Thread reader = new Thread(() -> on(b, session).get("/api/assessments/" + assessment + "/report.json")
                    .then().statusCode(200));
            reader.start();
            String onA = on(a, session).get("/api/assessments/" + assessment + "/report.json").then().statusCode(200)
                    .body("basis.responses", equalTo(9)).extract().asString();
            reader.join();
            String onB = on(b, session).get("/api/assessments/" + assessment + "/report.json").then().statusCode(200)
                    .extract().asString();
            assertEquals(onA, onB, "the same report on both instances");
            on(b, session).get("/api/assessments/" + assessment + "/report").then().statusCode(200)
                    .body("basis.responses", equalTo(9));

            // signing out on one ends the session on both
            on(b, session).delete("/api/session").then().statusCode(204);
            on(a, session).get("/api/account").then().statusCode(401);
        }
    }
}
