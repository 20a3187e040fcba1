package org.selving.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AssessmentApiTest {

    @Inject
    AgroalDataSource dataSource;

    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return asAdmin().body(body).post(path).then();
    }

    @Test
    void aNewAssessmentIsADraftWithSafeDefaults() {
        long org = createOrganization("Defaults Inc");
        asAdmin().body("{\"instrument\": \"selving\", \"title\": \"Autumn\"}")
                .post("/api/organizations/" + org + "/assessments")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"), "organizationId", equalTo((int) org),
                        "instrumentVersionId", notNullValue(), "acceptingResponses", equalTo(false),
                        "settings.minGroupSize", equalTo(5), "settings.commentThreshold", equalTo(10),
                        "settings.openLink", equalTo(false), "settings.instrument", equalTo("selving"));
        asAdmin().get("/api/organizations/" + org + "/assessments").then().statusCode(200)
                .body("settings.title", contains("Autumn"));
    }

    @Test
    void settingsAreCheckedFieldByField() {
        long org = createOrganization("Strict Ltd");
        String path = "/api/organizations/" + org + "/assessments";
        assertUnchangedBy(dataSource, () -> {
            post(path, "{\"instrument\": \"nope\", \"title\": \"X\"}").statusCode(400)
                    .body("errors[0].field", equalTo("instrument"));
            post(path, "{\"instrument\": \"selving\", \"title\": \"X\", \"minGroupSize\": 2}").statusCode(400)
                    .body("errors[0].field", equalTo("minGroupSize"));
            post(path, "{\"instrument\": \"selving\", \"title\": \"X\", \"minGroupSize\": 8, \"commentThreshold\": 6}")
                    .statusCode(400).body("errors[0].field", equalTo("commentThreshold"));
            post(path, "{\"instrument\": \"selving\", \"title\": \"X\", \"opensAt\": \"2030-02-01T00:00:00Z\","
                    + " \"closesAt\": \"2030-01-01T00:00:00Z\"}").statusCode(400)
                    .body("errors[0].field", equalTo("closesAt"));
            post(path, "{\"instrument\": \"selving\", \"title\": \"X\", \"opensAt\": \"next monday\"}").statusCode(400)
                    .body("errors[0].field", equalTo("opensAt"));
            post(path, "{\"instrument\": \"selving\", \"title\": \"X\", \"segmentQuestion\": "
                    + SEGMENT_QUESTION.replace("\"Direction\"", "\"\"").replace("\"manager\"", "\"staff\"") + "}")
                    .statusCode(400).body("errors.field", containsInAnyOrder("segmentQuestion.options[1].key",
                            "segmentQuestion.options[2].label.fr"));
            post(path, "{\"instrument\": \"selving\", \"title\": \"X\", \"segmentQuestion\": {\"text\": {\"en\": \"Role\","
                    + " \"fr\": \"Rôle\"}, \"options\": [{\"key\": \"Staff Member\", \"label\": {\"en\": \"a\", \"fr\": \"b\"}}]}}")
                    .statusCode(400).body("errors.field", containsInAnyOrder("segmentQuestion.options",
                            "segmentQuestion.options[0].key"));
            post(path, "{\"title\": \"No instrument\"}").statusCode(400).body("errors[0].field", equalTo("instrument"));
            post("/api/organizations/999999/assessments", "{\"instrument\": \"selving\", \"title\": \"X\"}")
                    .statusCode(404);
        });
    }

    @Test
    void statusMovesFromDraftToOpenToClosedOnly() {
        long org = createOrganization("Cycle Co");
        long id = createAssessment(org, "");
        assertUnchangedBy(dataSource, () -> asAdmin().post("/api/assessments/" + id + "/close").then().statusCode(409)
                .contentType("application/problem+json"));
        asAdmin().post("/api/assessments/" + id + "/open").then().statusCode(200)
                .body("status", equalTo("OPEN"), "acceptingResponses", equalTo(true));
        assertUnchangedBy(dataSource, () -> asAdmin().post("/api/assessments/" + id + "/open").then().statusCode(409));
        asAdmin().post("/api/assessments/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        assertUnchangedBy(dataSource, () -> {
            asAdmin().post("/api/assessments/" + id + "/open").then().statusCode(409);
            asAdmin().post("/api/assessments/" + id + "/close").then().statusCode(409);
            asAdmin().post("/api/assessments/999999/open").then().statusCode(404);
        });
    }

    @Test
    void anAssessmentWhoseWindowEndedCannotOpen() {
        long org = createOrganization("Late Ltd");
        long id = createAssessment(org, "\"closesAt\": \"2020-01-01T00:00:00Z\"");
        assertUnchangedBy(dataSource, () -> asAdmin().post("/api/assessments/" + id + "/open").then().statusCode(409)
                .body("errors[0].field", equalTo("closesAt")));
    }

    @Test
    void anonymityRulesAndQuestionnaireAreFixedOnceOpen() {
        long org = createOrganization("Fixed GmbH");
        long id = createAssessment(org, "\"minGroupSize\": 7, \"segmentQuestion\": " + SEGMENT_QUESTION);
        long version = asAdmin().get("/api/assessments/" + id).then().extract().jsonPath().getLong("instrumentVersionId");

        // a draft can still change anything
        Map<String, Object> settings = asAdmin().get("/api/assessments/" + id).then().extract().jsonPath().getMap("settings");
        settings.put("minGroupSize", 6);
        asAdmin().body(settings).put("/api/assessments/" + id)
                .then().statusCode(200).body("settings.minGroupSize", equalTo(6), "settings.commentThreshold", equalTo(10));
        open(id);

        JsonPath view = asAdmin().get("/api/assessments/" + id).then().extract().jsonPath();
        assertEquals(version, view.getLong("instrumentVersionId"));
        Map<String, Object> openSettings = view.getMap("settings");
        openSettings.put("minGroupSize", 3);
        openSettings.put("segmentQuestion", null);
        JsonPath refusedView = asAdmin().get("/api/assessments/" + id).then().extract().jsonPath();
        assertUnchangedBy(dataSource, () -> asAdmin().body(openSettings)
                .put("/api/assessments/" + id).then().statusCode(409)
                .body("errors.field", containsInAnyOrder("minGroupSize", "segmentQuestion")));

        // title, window and open link may still change
        Map<String, Object> editable = refusedView.getMap("settings");
        editable.put("title", "Spring check, extended");
        editable.put("closesAt", "2099-12-31T00:00:00+01:00");
        editable.put("openLink", true);
        asAdmin().body(editable).put("/api/assessments/" + id)
                .then().statusCode(200).body("settings.title", equalTo("Spring check, extended"),
                        "settings.closesAt", equalTo("2099-12-30T23:00:00Z"), "settings.openLink", equalTo(true),
                        "status", equalTo("OPEN"), "settings.minGroupSize", equalTo(6));
    }

    @Test
    void accessCodesAreIssuedOnceInPlainTextAndCountedPerUnit() {
        long org = createOrganization("Codes AG");
        long team = createUnit(org, "Team", null);
        long other = createUnit(org, "Other team", null);
        long id = createAssessment(org, "");
        List<String> codes = issueCodes(id, team, 25);
        assertEquals(25, new HashSet<>(codes).size());
        codes.forEach(code -> assertThat(code,
                matchesPattern("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")));
        issueCodes(id, other, 3);
        issueCodes(id, team, 2);

        asAdmin().get("/api/assessments/" + id + "/access-codes").then().statusCode(200)
                .body("usedShown", equalTo(false), "rows", hasSize(2), "rows.path", contains("Team", "Other team"),
                        "rows.issued", contains(27, 3), "rows.used", everyItem(nullValue()));

        // while it is open, a used count would tell who has just answered: none is shown
        open(id);
        given().contentType(ContentType.JSON).body("{\"code\": \"" + codes.get(0) + "\", \"answers\": {\"know_purpose\": 3}}")
                .post("/api/responses").then().statusCode(201);
        asAdmin().get("/api/assessments/" + id + "/access-codes").then().statusCode(200)
                .body("usedShown", equalTo(false), "rows.issued", contains(27, 3), "rows.used", everyItem(nullValue()));
    }

    @Test
    void badCodeRequestsAreRefused() {
        long org = createOrganization("Refusals SA");
        long team = createUnit(org, "Team", null);
        long foreign = createUnit(createOrganization("Elsewhere"), "Their team", null);
        long id = createAssessment(org, "");
        String path = "/api/assessments/" + id + "/access-codes";
        assertUnchangedBy(dataSource, () -> {
            post(path, "{\"unitId\": " + foreign + ", \"count\": 3}").statusCode(400)
                    .body("errors[0].field", equalTo("unitId"));
            post(path, "{\"unitId\": " + team + ", \"count\": 0}").statusCode(400).body("errors[0].field", equalTo("count"));
            post(path, "{\"unitId\": " + team + ", \"count\": 10001}").statusCode(400)
                    .body("errors[0].field", equalTo("count"));
            post(path, "{\"unitId\": " + team + "}").statusCode(400).body("errors[0].field", equalTo("count"));
            post(path, "{\"unitId\": " + team + ", \"count\": \"ten\"}").statusCode(400)
                    .body("errors[0].field", equalTo("count"), "errors[0].message", equalTo("must be a whole number"));
            post("/api/assessments/999999/access-codes", "{\"unitId\": " + team + ", \"count\": 3}").statusCode(404);
        });
        open(id);
        close(id);
        assertUnchangedBy(dataSource, () -> post(path, "{\"unitId\": " + team + ", \"count\": 3}").statusCode(409));
    }

    @Test
    void aUnitWithCodesCannotBeDeleted() {
        long org = createOrganization("Keepers");
        long team = createUnit(org, "Team", null);
        issueCodes(createAssessment(org, ""), team, 1);
        assertUnchangedBy(dataSource, () -> asAdmin().delete("/api/organizations/" + org + "/units/" + team)
                .then().statusCode(409));
    }
}
