package org.selving.sample;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.restassured.RestAssured.given;
import static org.selving.testing.Api.asAdmin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.testing.Api;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A newcomer's first start: the sample organization is there, with answers and codes that work. */
@QuarkusTest
@TestProfile(SampleOrganizationTest.SampleEnabled.class)
class SampleOrganizationTest {

    static final Path CODES = Path.of("target", "sample-test", "sample-access-codes.txt");

    public static class SampleEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a newcomer's first start is on an empty database: the other tests' data is dropped (on H2 and
            // PostgreSQL alike; tests with this profile run after the others)
            return Map.of("selving.sample.enabled", "true", "selving.sample.codes-file", CODES.toString(),
                    "quarkus.flyway.clean-at-start", "true");
        }
    }

    @Inject
    SampleOrganization sample;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSampleHasTeamsAssessmentsAnswersAndWorkingCodes() throws IOException {
        JsonPath organizations = asAdmin().get("/api/organizations").then().statusCode(200).extract().jsonPath();
        List<Integer> samples = organizations.getList("findAll { it.sample }.id");
        assertEquals(5, samples.size(), "Northwind and the consultant's four other clients");
        long org = organizations.getLong("find { it.name == 'Northwind Cooperative' }.id");

        asAdmin().get("/api/organizations/" + org + "/units").then()
                .body("name", contains("Operations", "Member Services"),
                        "[0].children.name", contains("Warehouse", "Logistics", "Maintenance"),
                        "[1].children.name", contains("Support", "Outreach"));

        JsonPath assessments = asAdmin().get("/api/organizations/" + org + "/assessments").then().extract().jsonPath();
        assertEquals(List.of("CLOSED", "OPEN", "CLOSED"), assessments.getList("status"));
        assertEquals(List.of("selving_mirror", "selving", "selving"), assessments.getList("settings.instrument"));
        long mirror = assessments.getLong("[0].id");
        long open = assessments.getLong("[1].id");
        long closed = assessments.getLong("[2].id");
        assertEquals(closed, assessments.getLong("[0].settings.pairedAssessmentId"));
        assertEquals(List.of(1L, 2L, 3L), List.of(closed, open, mirror), "the ids the README gives");
        assertEquals(true, assessments.getBoolean("[1].settings.openLink"));
        assertEquals(List.of("staff", "manager", "senior"), assessments.getList("[1].settings.segmentQuestion.options.key"));

        // both cycles have answers; the small team stays below k = 5 in both, so reports must hide it
        for (long assessment : List.of(open, closed)) {
            assertTrue(StoredData.count(dataSource, "SELECT COUNT(*) FROM response WHERE assessment_id = ?", assessment) > 25);
            long smallTeam = StoredData.count(dataSource, "SELECT COUNT(*) FROM response r JOIN unit u ON u.id = r.unit_id"
                    + " WHERE r.assessment_id = ? AND u.name = 'Maintenance'", assessment);
            assertTrue(smallTeam > 0 && smallTeam < 5, "Maintenance has " + smallTeam);
        }
        assertTrue(StoredData.count(dataSource, "SELECT COUNT(*) FROM response_comment WHERE assessment_id = ?", open) > 0);

        // the spring report sets staff against members and partners, and the clients side by side show a spread
        asAdmin().get("/api/assessments/" + closed + "/report").then().statusCode(200)
                .body("withinWithout.available", equalTo(true), "withinWithout.value.mirror.assessmentId",
                        equalTo((int) mirror), "withinWithout.value.units.available", equalTo(true));
        asAdmin().get("/api/clients/comparison?instrument=selving").then().statusCode(200)
                .body("qualifying", equalTo(5), "distribution.overall.computed", equalTo(true),
                        "scatter.points.size()", equalTo(5), "scatter.correlation.computed", equalTo(true));

        // the file lists the unused codes, and they work
        List<String> codes = Files.readAllLines(CODES).stream().map(String::strip)
                .filter(line -> line.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")).toList();
        JsonPath counts = asAdmin().get("/api/assessments/" + open + "/access-codes").then().extract().jsonPath();
        long unused = counts.<Integer>getList("rows.issued").stream().mapToInt(i -> i).sum()
                - StoredData.count(dataSource, StoredData.SPENT_CODES, open);
        assertEquals(unused, codes.size());
        given().contentType(ContentType.JSON).body("{\"code\": \"" + codes.get(0) + "\", \"answers\": {\"know_purpose\": 5}}")
                .post("/api/responses").then().statusCode(201);

        // a restart finds it and creates nothing more
        Map<String, String> before = StoredData.fingerprint(dataSource);
        sample.createIfAbsent();
        assertEquals(before, StoredData.fingerprint(dataSource));
        asAdmin().get("/api/organizations").then().body("findAll { it.sample }.size()", equalTo(Api.SAMPLE_ORGANIZATIONS));
    }
}
