package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.assessment.AccessCodes;
import org.selving.testing.Api;
import org.selving.testing.Forms;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Guessing access codes: an unknown code and a used one are refused word for word alike, on the page
 * and through the API, and after a handful of them a client is refused (429, said on the page) until
 * it has waited, even for a code that would work, while other clients go on answering. What it keeps
 * (in the database, for every instance) names no client.
 */
@QuarkusTest
class CodeThrottleTest {

    static final int ATTEMPTS = ConfigProvider.getConfig().getValue("selving.code-throttle.attempts", Integer.class);

    @Inject
    AgroalDataSource dataSource;

    List<String> codes;
    String used;

    @BeforeEach
    void codes() {
        long org = createOrganization("Throttle Ltd");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        codes = issueCodes(assessment, team, 4);
        open(assessment);
        used = codes.get(3);
        api(Api.newClientAddress(), used).then().statusCode(201);
    }

    static Response api(String client, String code) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 3}}").post("/api/responses");
    }

    static String refusedPage(String path, String code) {
        String normalized = AccessCodes.normalize(code);
        return page(Api.newClientAddress()).get(path.formatted(normalized)).then().statusCode(404).extract().asString()
                .replace(normalized, "CODE");
    }

    static RequestSpecification page(String client) {
        return given().header("X-Forwarded-For", client).accept(ContentType.HTML).header("Accept-Language", "en")
                .redirects().follow(false);
    }

    @Test
    void unknownAndUsedCodesAreRefusedAlikeOnThePagesAndThroughTheApi() {
        String unknown = "ZZZZ-ZZZZ-ZZZZ";
        String client = Api.newClientAddress();
        assertEquals(api(client, unknown).then().statusCode(403).extract().asString(),
                api(client, used).then().statusCode(403).extract().asString());

        for (String path : List.of("/respond/%s", "/respond/%s/questions")) {
            // the same page, but for the code in its own address (the language links)
            assertEquals(refusedPage(path, unknown), refusedPage(path, used), path);
        }
        String typedUnknown = Forms.withCsrf(page(Api.newClientAddress())).formParam("code", unknown).post("/")
                .then().statusCode(400).extract().asString();
        String typedUsed = Forms.withCsrf(page(Api.newClientAddress())).formParam("code", used).post("/")
                .then().statusCode(400).extract().asString();
        assertEquals(typedUnknown.replace(unknown, "TYPED"), typedUsed.replace(used, "TYPED"));
    }

    @Test
    void aClientThatKeepsEnteringBadCodesIsRefusedForAWhileAndToldSo() {
        String guesser = Api.newClientAddress();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            api(guesser, attempt % 2 == 0 ? "ZZZZ-ZZZZ-ZZZ" + (char) ('A' + attempt) : used).then().statusCode(403);
        }
        // now even a code that works is refused, without being looked up: the refusal tells nothing
        api(guesser, codes.get(0)).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("errors[0].field", equalTo("code"));
        api(guesser, "ZZZZ-ZZZZ-ZZZZ").then().statusCode(429);
        page(guesser).get("/respond/" + AccessCodes.normalize(codes.get(0))).then().statusCode(429)
                .body(containsString("<h1>Too many attempts</h1>"), containsString("You can try again from"));
        Forms.withCsrf(page(guesser)).formParam("code", codes.get(0)).post("/").then().statusCode(429)
                .body(containsString("Too many codes that cannot be used were entered from your connection."));

        // anyone else answers as before, with the very code the guesser was refused
        api(Api.newClientAddress(), codes.get(0)).then().statusCode(201);
        Forms.withCsrf(page(Api.newClientAddress())).formParam("code", codes.get(1)).post("/").then().statusCode(303)
                .header("Location", endsWith("/respond/" + AccessCodes.normalize(codes.get(1))));
    }

    @Test
    void goodCodesCostNothing() {
        String client = Api.newClientAddress();
        for (int i = 0; i < 3 * ATTEMPTS; i++) {
            page(client).get("/respond/" + AccessCodes.normalize(codes.get(i % 3))).then().statusCode(200);
        }
        api(client, codes.get(2)).then().statusCode(201);
    }

    @Test
    void aSixtyFourNetworkIsOneClient() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            api("2001:db8:1:2::" + Integer.toHexString(attempt + 1), "ZZZZ-ZZZZ-ZZZZ").then().statusCode(403);
        }
        api("2001:db8:1:2:ffff::7", codes.get(0)).then().statusCode(429);
        api("2001:db8:1:3::1", codes.get(0)).then().statusCode(201);
    }

    @Test
    void whatIsStoredNamesNoClientOnlyKeyedHashesOfThem() throws Exception {
        String guesser = Api.newClientAddress();
        api(guesser, "ZZZZ-ZZZZ-ZZZZ").then().statusCode(403);
        byte[] address = java.net.InetAddress.getByName(guesser).getAddress();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet clients = statement.executeQuery("SELECT client FROM code_throttle")) {
            int rows = 0;
            while (clients.next()) {
                rows++;
                byte[] client = clients.getBytes(1);
                assertEquals(16, client.length, "a truncated HMAC-SHA256");
                assertFalse(Collections.indexOfSubList(Bytes.of(client), Bytes.of(address)) >= 0, "the address itself");
            }
            assertTrue(rows >= 1);
        }
        assertEquals(1, StoredData.count(dataSource, "SELECT COUNT(*) FROM code_throttle_key"),
                "one key, the current period's");
    }

    /** Bytes as a list, to look for one run of bytes inside another. */
    private static final class Bytes {
        static List<Byte> of(byte[] bytes) {
            List<Byte> list = new java.util.ArrayList<>();
            for (byte b : bytes) {
                list.add(b);
            }
            return list;
        }
    }
}
