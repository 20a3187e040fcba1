package org.selving.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.selving.assessment.AccessCodes;
import org.selving.testing.Api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What an operator reads at /q/metrics (on the application's port in tests; the management port in
 * production, see PackagedAppIT): answers accepted and refused by reason, imports, report computations
 * with their time; and never an access code, even from the addresses of the pages that carry one.
 */
@QuarkusTest
class MetricsTest {

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series, 0 when it is not there yet. */
    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1))).orElse(0.0);
    }

    private static int respond(String where) {
        return Api.client().contentType(ContentType.JSON).body("{" + where + ", \"answers\": {\"know_purpose\": 4}}")
                .post("/api/responses").statusCode();
    }

    @Test
    void answersImportsAndReportsAreCountedAndNoAccessCodeShows() {
        long org = createOrganization("Metrics Ltd");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "\"openLink\": true");
        List<String> codes = issueCodes(assessment, team, 2);
        open(assessment);
        String before = metrics();

        assertEquals(201, respond("\"code\": \"" + codes.get(0) + "\""));
        assertEquals(403, respond("\"code\": \"" + codes.get(0) + "\""));
        assertEquals(201, respond("\"assessmentId\": " + assessment + ", \"unitId\": " + team));
        assertEquals(400, Api.client().contentType(ContentType.JSON).body("{\"assessmentId\": " + assessment
                + ", \"unitId\": " + team + ", \"answers\": {\"know_purpose\": 9}}").post("/api/responses").statusCode());
        asAdmin().contentType("text/csv").body("unit,know_purpose\nNowhere,4\n")
                .post("/api/assessments/" + assessment + "/imports").then().statusCode(400);
        given().accept(ContentType.HTML).get("/respond/" + AccessCodes.normalize(codes.get(1))).then().statusCode(200);
        given().accept(ContentType.HTML).get("/respond/ZZZZZZZZZZZZ").then().statusCode(404);
        asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200);

        String after = metrics();
        for (String[] counted : new String[][] {
                {"selving_responses_accepted_total{via=\"code\"}", "1"},
                {"selving_responses_accepted_total{via=\"open_link\"}", "1"},
                {"selving_responses_refused_total{reason=\"unusable_code\"}", "1"},
                {"selving_responses_refused_total{reason=\"invalid\"}", "1"},
                {"selving_imports_total{outcome=\"refused\"}", "1"}}) {
            assertEquals(Double.parseDouble(counted[1]), value(after, counted[0]) - value(before, counted[0]), counted[0]);
        }
        assertTrue(value(after, "selving_report_computations_seconds_count{assessment=\"open\",part=\"release\"}") >= 1,
                "the report was computed");
        for (String code : codes) {
            assertFalse(after.contains(AccessCodes.normalize(code)) || after.contains(code), "an access code in the metrics");
        }
        assertFalse(after.contains("ZZZZZZZZZZZZ"), "a typed code in the metrics");
        assertTrue(after.contains("uri=\"/respond/{code}\""), "pages are labelled by their template");
    }
}
