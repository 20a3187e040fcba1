package org.selving.testing;

import static io.restassured.RestAssured.given;

import java.util.List;

import io.restassured.http.ContentType;

/** Builds what a test needs through the real HTTP API, failing loudly when a step is refused. */
public final class Api {

    /** Staff / manager / senior leader, in both languages of the shipped questionnaires. */
    public static final String SEGMENT_QUESTION = """
            {"text": {"en": "Your position", "fr": "Votre position"},
             "options": [
               {"key": "staff", "label": {"en": "Staff", "fr": "Personnel"}},
               {"key": "manager", "label": {"en": "Manager", "fr": "Cadre"}},
               {"key": "senior", "label": {"en": "Senior leader", "fr": "Direction"}}]}""";

    private Api() {
    }

    public static long createOrganization(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createUnit(long orgId, String name, Long parentId) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"parentId\": " + parentId + "}")
                .post("/api/organizations/" + orgId + "/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft of the selving questionnaire; {@code extraSettings} is added to the JSON object, e.g. {@code "openLink": true}. */
    public static long createAssessment(long orgId, String extraSettings) {
        String body = "{\"instrument\": \"selving\", \"title\": \"Spring check\""
                + (extraSettings.isBlank() ? "" : ", " + extraSettings) + "}";
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/organizations/" + orgId + "/assessments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void open(long assessmentId) {
        given().post("/api/assessments/" + assessmentId + "/open").then().statusCode(200);
    }

    public static void close(long assessmentId) {
        given().post("/api/assessments/" + assessmentId + "/close").then().statusCode(200);
    }

    public static List<String> issueCodes(long assessmentId, long unitId, int count) {
        return given().contentType(ContentType.JSON).body("{\"unitId\": " + unitId + ", \"count\": " + count + "}")
                .post("/api/assessments/" + assessmentId + "/access-codes")
                .then().statusCode(201).extract().jsonPath().getList("codes", String.class);
    }
}
