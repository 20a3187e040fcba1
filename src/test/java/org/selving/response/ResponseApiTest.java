package org.selving.response;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.restassured.RestAssured.given;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.client;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;
import static org.selving.testing.StoredData.assertUnchangedBy;
import static org.selving.testing.StoredData.SPENT_CODES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.testing.StoredData;
import org.selving.web.Problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Submitting answers through the JSON API: what is stored, and every way a submission is refused. */
@QuarkusTest
class ResponseApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    long org;
    long team;
    long assessment;
    List<String> codes;

    @BeforeEach
    void openAssessment() {
        org = createOrganization("Answering Ltd");
        team = createUnit(org, "Team", null);
        assessment = createAssessment(org, "\"openLink\": true, \"segmentQuestion\": " + SEGMENT_QUESTION);
        codes = issueCodes(assessment, team, 5);
        open(assessment);
    }

    /** Each submission from a client of its own, so that no test's bad codes throttle another's. */
    static ValidatableResponse submit(String json) {
        return client().contentType(ContentType.JSON).body(json).post("/api/responses").then();
    }

    static String withCode(String code, String rest) {
        return "{\"code\": \"" + code + "\"" + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    @Test
    void answersAreStoredPackedWithCommentsAndSegment() {
        submit(withCode(codes.get(0), """
                "answers": {"know_purpose": 5, "know_values_shared": 1, "know_image_gap": null, "recommend_workplace": 0},
                "comments": {"comment_strength": "  We help each other.  ", "comment_change": "   "},
                "segment": "manager"
                """)).statusCode(201).body(emptyString());

        ResponseMatrix stored = store.scan(assessment, 41);
        assertEquals(1, stored.respondents());
        assertEquals(team, stored.unitIds()[0]);
        assertEquals(2, stored.segments()[0]);
        byte[] expected = new byte[41];
        expected[0] = 5; // 5 on 1-5
        expected[1] = 1; // 1 on 1-5
        expected[40] = 1; // 0 on 0-10, the outcome item comes last
        assertArrayEquals(expected, stored.answers());
        AnswerPacking packing = new AnswerPacking(catalog.find("selving").orElseThrow());
        assertEquals(41, packing.items());
        assertEquals(5, packing.value(0, stored.packed(0, 0)));
        assertEquals(1, packing.value(1, stored.packed(0, 1)));
        assertEquals(0, packing.value(40, stored.packed(0, 40)));
        assertEquals(List.of(new ResponseComment(team, 2, "comment_strength", "We help each other.")),
                store.comments(assessment));
        assertEquals(1, StoredData.count(dataSource, SPENT_CODES, assessment), "the code is spent");
    }

    @Test
    void codesAreTypedFreely() {
        String typed = "  " + codes.get(1).toLowerCase().replace("-", " ") + " ";
        submit(withCode(typed, "\"answers\": {\"know_purpose\": 3}")).statusCode(201);
        assertEquals(1, store.count(assessment));
    }

    @Test
    void anOpenLinkTakesAnswersForAPickedUnit() {
        submit("{\"assessmentId\": " + assessment + ", \"unitId\": " + team + ", \"answers\": {\"know_purpose\": 4}}")
                .statusCode(201);
        assertEquals(1, store.count(assessment));
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRefused() {
        assertUnchangedBy(dataSource, () -> {
            submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4,}")).statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("title", equalTo("Malformed JSON"));
            submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4, \"know_purpose\": 5}")).statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("detail", containsString("Duplicate field 'know_purpose'"));
            given().contentType("application/x-www-form-urlencoded").formParam("code", codes.get(0))
                    .post("/api/responses").then().statusCode(415).contentType(Problem.MEDIA_TYPE);
            given().contentType(ContentType.XML).body("<response/>").post("/api/responses").then().statusCode(415);
        });
    }

    @Test
    void nonIntegerValuesAreRefusedNamingTheItem() {
        assertUnchangedBy(dataSource, () -> {
            for (String value : List.of("\"agree\"", "4.5", "\"4\"", "true", "[4]", "{}")) {
                submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": " + value + "}")).statusCode(400)
                        .contentType(Problem.MEDIA_TYPE)
                        .body("errors[0].field", equalTo("answers.know_purpose"),
                                "errors[0].message", equalTo("must be a whole number"));
            }
        });
    }

    @Test
    void unknownItemsAndValuesOutsideTheScaleAreRefusedTogether() {
        assertUnchangedBy(dataSource, () -> submit(withCode(codes.get(0), """
                "answers": {"know_purpose": 6, "know_values_shared": 0, "recommend_workplace": 11, "no_such_item": 3}""")
                ).statusCode(400).body("errors.field", containsInAnyOrder("answers.know_purpose",
                        "answers.know_values_shared", "answers.recommend_workplace", "answers.no_such_item"))
                .body("errors.find { it.field == 'answers.know_purpose' }.message", equalTo("must be between 1 and 5"))
                .body("errors.find { it.field == 'answers.recommend_workplace' }.message", equalTo("must be between 0 and 10")));
    }

    @Test
    void commentsAndSegmentsAreChecked() {
        assertUnchangedBy(dataSource, () -> {
            submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}, \"comments\": {\"comment_change\": \""
                    + "x".repeat(2001) + "\"}")).statusCode(400)
                    .body("errors[0].field", equalTo("comments.comment_change"),
                            "errors[0].message", equalTo("at most 2000 characters"));
            submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}, \"comments\": {\"gossip\": \"x\"}"))
                    .statusCode(400).body("errors[0].field", equalTo("comments.gossip"));
            submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}, \"segment\": \"intern\""))
                    .statusCode(400).body("errors[0].field", equalTo("segment"),
                            "errors[0].message", containsString("staff, manager, senior"));
            submit(withCode(codes.get(0), "\"answers\": {}")).statusCode(400).body("errors[0].field", equalTo("answers"));
            submit(withCode(codes.get(0), "\"answer\": {\"know_purpose\": 4}")).statusCode(400)
                    .body("errors[0].field", equalTo("answer"), "errors[0].message", equalTo("unknown field"));
        });
    }

    @Test
    void oversizedBodyIsRefused() {
        String comment = "x".repeat(70_000);
        assertUnchangedBy(dataSource, () -> submit(withCode(codes.get(0),
                "\"answers\": {\"know_purpose\": 4}, \"comments\": {\"comment_change\": \"" + comment + "\"}"))
                .statusCode(413).contentType(Problem.MEDIA_TYPE));
    }

    @Test
    void unknownOrUsedCodesAreRefusedAlike() {
        submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}")).statusCode(201);
        assertUnchangedBy(dataSource, () -> {
            String used = submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}")).statusCode(403)
                    .body("errors[0].field", equalTo("code"), "detail", containsString("already been used"))
                    .extract().asString();
            assertEquals(used, submit(withCode("ZZZZ-ZZZZ-ZZZZ", "\"answers\": {\"know_purpose\": 4}")).statusCode(403)
                    .extract().asString(), "an unknown code is refused exactly like a used one");
            assertEquals(used, submit(withCode("hello", "\"answers\": {\"know_purpose\": 4}")).statusCode(403)
                    .extract().asString());
            submit("{\"code\": \"" + codes.get(1) + "\", \"assessmentId\": " + assessment + ", \"answers\": {\"know_purpose\": 4}}")
                    .statusCode(400).body("errors[0].field", equalTo("code"));
        });
    }

    @Test
    void aCodeSentManyTimesAtOnceIsSpentOnce() throws Exception {
        // sixteen clients at once, each of its own (so the code-entry throttle stays out of it)
        String body = withCode(codes.get(2), "\"answers\": {\"know_purpose\": 2}");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                statuses.add(clients.submit(() -> submit(body).extract().statusCode()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertEquals(1, answered.stream().filter(status -> status == 201).count(), answered.toString());
            assertEquals(15, answered.stream().filter(status -> status == 403).count(), answered.toString());
        } finally {
            clients.shutdown();
        }
        assertEquals(1, store.count(assessment));
    }

    @Test
    void unknownAssessmentsAndUnitsAreRefused() {
        long foreignUnit = createUnit(createOrganization("Not them"), "Team", null);
        assertUnchangedBy(dataSource, () -> {
            submit("{\"assessmentId\": 999999, \"unitId\": " + team + ", \"answers\": {\"know_purpose\": 4}}")
                    .statusCode(400).body("errors[0].field", equalTo("assessmentId"));
            submit("{\"assessmentId\": " + assessment + ", \"unitId\": 999999, \"answers\": {\"know_purpose\": 4}}")
                    .statusCode(400).body("errors[0].field", equalTo("unitId"));
            submit("{\"assessmentId\": " + assessment + ", \"unitId\": " + foreignUnit + ", \"answers\": {\"know_purpose\": 4}}")
                    .statusCode(400).body("errors[0].field", equalTo("unitId"));
            submit("{\"answers\": {\"know_purpose\": 4}}").statusCode(400)
                    .body("errors.field", containsInAnyOrder("assessmentId", "unitId"));
        });
    }

    @Test
    void draftClosedAndCodeOnlyAssessmentsTakeNoAnswers() {
        long draft = createAssessment(org, "\"openLink\": true");
        List<String> draftCodes = issueCodes(draft, team, 1);
        long codeOnly = createAssessment(org, "");
        open(codeOnly);
        assertUnchangedBy(dataSource, () -> {
            submit(withCode(draftCodes.get(0), "\"answers\": {\"know_purpose\": 4}")).statusCode(409)
                    .body("detail", containsString("prepared"));
            submit("{\"assessmentId\": " + draft + ", \"unitId\": " + team + ", \"answers\": {\"know_purpose\": 4}}")
                    .statusCode(409);
            // answered with codes only: refused like an assessment that does not exist
            String missing = submit("{\"assessmentId\": 987654321, \"unitId\": " + team
                    + ", \"answers\": {\"know_purpose\": 4}}").statusCode(400).extract().asString();
            assertEquals(missing.replace("987654321", String.valueOf(codeOnly)), submit("{\"assessmentId\": " + codeOnly
                    + ", \"unitId\": " + team + ", \"answers\": {\"know_purpose\": 4}}").statusCode(400)
                    .extract().asString());
        });
        close(assessment);
        assertUnchangedBy(dataSource, () -> submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}"))
                .statusCode(409).body("detail", containsString("closed")));
    }

    @Test
    void answersOutsideTheWindowAreRefused() {
        Map<String, Object> settings = asAdmin().get("/api/assessments/" + assessment).then().extract().jsonPath()
                .getMap("settings");
        settings.put("opensAt", "2099-01-01T00:00:00Z");
        asAdmin().body(settings).put("/api/assessments/" + assessment).then().statusCode(200);
        assertUnchangedBy(dataSource, () -> submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}"))
                .statusCode(409).body("detail", containsString("from 2099")));

        settings.put("opensAt", "2020-01-01T00:00:00Z");
        settings.put("closesAt", "2021-01-01T00:00:00Z");
        asAdmin().body(settings).put("/api/assessments/" + assessment).then().statusCode(200);
        assertUnchangedBy(dataSource, () -> submit(withCode(codes.get(0), "\"answers\": {\"know_purpose\": 4}"))
                .statusCode(409).body("detail", containsString("stopped")));
    }
}
