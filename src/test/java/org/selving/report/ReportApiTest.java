package org.selving.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.SEGMENT_QUESTION;
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

    /** Two divisions, five teams, one of them of 3 people; staff, managers and senior leaders. */
    record Northwind(long org, long operations, long warehouse, long logistics, long maintenance, long services,
            long support, long outreach, long assessment) {
    }

    Northwind northwind(String name) {
        long org = createOrganization(name);
        long operations = createUnit(org, "Operations", null);
        long warehouse = createUnit(org, "Warehouse", operations);
        long logistics = createUnit(org, "Logistics", operations);
        long maintenance = createUnit(org, "Maintenance", operations);
        long services = createUnit(org, "Member Services", null);
        long support = createUnit(org, "Support", services);
        long outreach = createUnit(org, "Outreach", services);
        long assessment = createAssessment(org, "\"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
        new Respondents(store, catalog.find("selving").orElseThrow(), assessment, 7)
                .add(warehouse, 1, 9, -0.3).add(warehouse, 2, 3, -0.3)
                .add(logistics, 1, 6, 0.2).add(logistics, 2, 1, 0.2).add(logistics, 3, 1, 0.2)
                .add(maintenance, 1, 3, -0.5)
                .add(support, 1, 8, 0.4).add(support, 2, 2, 0.4)
                .add(outreach, 1, 5, 0).add(outreach, 3, 1, 0);
        close(assessment);
        return new Northwind(org, operations, warehouse, logistics, maintenance, services, support, outreach, assessment);
    }

    @Test
    void theReportShowsTheOrganizationAndHidesTheSmallTeamWithASibling() {
        Northwind n = northwind("Report Northwind");
        JsonPath report = given().get("/api/assessments/" + n.assessment() + "/report")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(report.getBoolean("figures.shown"));
        assertEquals(39, report.getInt("figures.value.respondents"));
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
        Northwind n = northwind("Refusing Northwind");
        given().get("/api/assessments/" + n.assessment() + "/report?unit=" + n.maintenance())
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"))
                .body("detail", containsString("fewer than 5"));
        given().get("/api/assessments/" + n.assessment() + "/report?unit=" + n.support() + "&segment=senior")
                .then().statusCode(403).body("errors.field", org.hamcrest.Matchers.hasItem("segment"));
        given().get("/api/assessments/" + n.assessment() + "/report?unit=abc")
                .then().statusCode(400).body("errors[0].field", equalTo("unit"));
        given().get("/api/assessments/" + n.assessment() + "/report?segment=intern")
                .then().statusCode(400).body("errors[0].field", equalTo("segment"));
        given().get("/api/assessments/" + n.assessment() + "/report?level=7")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().get("/api/assessments/" + n.assessment() + "/report?lang=de")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
        long otherOrg = createOrganization("Someone else");
        long foreignUnit = createUnit(otherOrg, "Elsewhere", null);
        given().get("/api/assessments/" + n.assessment() + "/report?unit=" + foreignUnit).then().statusCode(404);
    }

    @Test
    void noJsonOrCsvCarriesNaNOrInfinity() {
        Northwind n = northwind("Finite Northwind");
        String json = given().get("/api/assessments/" + n.assessment() + "/report").then().statusCode(200)
                .extract().asString();
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        String csv = given().get("/api/assessments/" + n.assessment() + "/report.csv").then().statusCode(200)
                .extract().asString();
        assertFalse(csv.contains("NaN") || csv.contains("Infinity"));
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String path) {
        return rows.stream().filter(r -> path.equals(r.get("path")) && !(Boolean) r.get("others")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + path + " in " + rows));
    }
}
