package org.selving.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What a manager reads in a report, through the JSON API, and what the API refuses. */
@QuarkusTest
class ReportApiTest {

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    private SampleLike sampleLike(String name) {
        return SampleLike.create(name, store, catalog.find("selving").orElseThrow());
    }

    @Test
    void theReportShowsTheOrganizationAndHidesTheSmallTeamWithASibling() {
        SampleLike n = sampleLike("Report Northwind");
        JsonPath report = asAdmin().get("/api/assessments/" + n.assessment() + "/report")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(report.getBoolean("figures.shown"));
        assertEquals(SampleLike.RESPONDENTS, report.getInt("figures.value.respondents"));
        assertEquals(10, report.getList("figures.value.dimensions").size());
        assertEquals(2, report.getInt("scope.level"));

        List<Map<String, Object>> rows = report.getList("figures.value.heatmap.value.rows");
        Map<String, Object> maintenance = row(rows, "Operations / Maintenance");
        assertEquals(Map.of("shown", false, "withheld", "FEWER_THAN_K"), maintenance.get("figures"));
        // with Maintenance hidden, one more Operations team goes, so Operations minus the rest says nothing
        long hiddenOperationsTeams = rows.stream().filter(r -> ((String) r.get("path")).startsWith("Operations /"))
                .filter(r -> !(Boolean) ((Map<?, ?>) r.get("figures")).get("shown")).count();
        assertEquals(2, hiddenOperationsTeams);
    }

    @Test
    void aReportNarrowedToAWithheldGroupIsRefusedNotBlanked() {
        SampleLike n = sampleLike("Refusing Northwind");
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?unit=" + n.maintenance())
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"))
                .body("detail", containsString("fewer than 5"));
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?unit=" + n.support() + "&segment=senior")
                .then().statusCode(403).body("errors.field", org.hamcrest.Matchers.hasItem("segment"));
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?unit=abc")
                .then().statusCode(400).body("errors[0].field", equalTo("unit"));
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?segment=intern")
                .then().statusCode(400).body("errors[0].field", equalTo("segment"));
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?level=7")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?lang=de")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
        long otherOrg = createOrganization("Someone else");
        long foreignUnit = createUnit(otherOrg, "Elsewhere", null);
        asAdmin().get("/api/assessments/" + n.assessment() + "/report?unit=" + foreignUnit).then().statusCode(404);
    }

    @Test
    void noJsonOrCsvCarriesNaNOrInfinity() {
        SampleLike n = sampleLike("Finite Northwind");
        String json = asAdmin().get("/api/assessments/" + n.assessment() + "/report").then().statusCode(200)
                .extract().asString();
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        String csv = asAdmin().get("/api/assessments/" + n.assessment() + "/report.csv").then().statusCode(200)
                .extract().asString();
        assertFalse(csv.contains("NaN") || csv.contains("Infinity"));
    }

    @Test
    void anAssessmentWithTooFewAnswersSaysSoAndNothingElse() {
        long org = createOrganization("Report: too few");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        new Respondents(store, catalog.find("selving").orElseThrow(), assessment, 3).add(team, 0, 4, 0);
        close(assessment);
        asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200)
                .body("figures", equalTo(Map.of("shown", false, "withheld", "FEWER_THAN_K")));
        String csv = asAdmin().get("/api/assessments/" + assessment + "/report.csv").then().statusCode(200).extract()
                .asString();
        assertTrue(csv.contains("withheld,fewer than 5 responses"), csv);
        assertFalse(csv.contains("respondents"), csv);
        asAdmin().get("/api/assessments/" + assessment + "/responses.csv").then().statusCode(403);
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String path) {
        return rows.stream().filter(r -> path.equals(r.get("path")) && !(Boolean) r.get("others")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + path + " in " + rows));
    }
}
