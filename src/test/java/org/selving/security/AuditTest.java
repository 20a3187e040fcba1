package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.StoredData.assertUnchangedBy;
import static org.selving.testing.StoredData.count;

import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.instrument.Item;
import org.selving.testing.Api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Who changed what: every change a consultant or an administrator makes is in the audit log with
 * their account, the action, its target and the time, for administrators to read; a refused change
 * leaves nothing, and respondents never appear in it.
 */
@QuarkusTest
class AuditTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InstrumentCatalog catalog;

    @Test
    void aConsultantsChangesAreRecordedWithWhoWhatAndWhen() {
        String email = "auditor-" + System.nanoTime() + "@audit.test";
        long consultantId = createAccount(email, "CONSULTANT", "");
        RequestSpecification consultant = as(email, PASSWORD);
        long org = consultant.body("{\"name\": \"Audited\"}").post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long unit = as(email, PASSWORD).body("{\"name\": \"Team\"}").post("/api/organizations/" + org + "/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(email, PASSWORD).body("{\"name\": \"Audited & Co\"}").put("/api/organizations/" + org).then().statusCode(200);
        long assessment = as(email, PASSWORD).body("{\"instrument\": \"selving\", \"title\": \"Audit\"}")
                .post("/api/organizations/" + org + "/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        as(email, PASSWORD).post("/api/assessments/" + assessment + "/open").then().statusCode(200);
        List<String> codes = as(email, PASSWORD).body("{\"unitId\": " + unit + ", \"count\": 2}")
                .post("/api/assessments/" + assessment + "/access-codes").then().statusCode(201)
                .extract().jsonPath().getList("codes");
        List<String> items = catalog.find("selving").orElseThrow().items().stream().map(Item::key).toList();
        as(email, PASSWORD).contentType("text/csv").queryParam("fileName", "paper.csv")
                .body("unit," + String.join(",", items) + "\nTeam," + String.join(",", Collections.nCopies(items.size(), "3")) + "\n")
                .post("/api/assessments/" + assessment + "/imports").then().statusCode(201);

        // a respondent answers: nothing of it goes to the audit log
        long before = count(dataSource, "SELECT COUNT(*) FROM audit_event");
        given().header("X-Forwarded-For", Api.newClientAddress()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + codes.get(0) + "\", \"answers\": {\"know_purpose\": 5}}").post("/api/responses")
                .then().statusCode(201);
        assertEquals(before, count(dataSource, "SELECT COUNT(*) FROM audit_event"));

        // a refused change neither
        assertUnchangedBy(dataSource, () -> as(email, PASSWORD).post("/api/assessments/" + assessment + "/open")
                .then().statusCode(409));
        as(email, PASSWORD).post("/api/assessments/" + assessment + "/close").then().statusCode(200);

        JsonPath log = asAdmin().queryParam("organizationId", org).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("ASSESSMENT_CLOSED", "RESPONSES_IMPORTED", "ACCESS_CODES_ISSUED", "ASSESSMENT_OPENED",
                "ASSESSMENT_CREATED", "ORGANIZATION_RENAMED", "UNIT_CREATED", "ORGANIZATION_CREATED"), log.getList("action"));
        assertEquals(List.of("assessment", "assessment", "assessment", "assessment", "assessment", "organization", "unit",
                "organization"), log.getList("targetType"));
        assertEquals((int) unit, log.getInt("[6].targetId"));
        assertEquals("1 responses from paper.csv", log.getString("[1].detail"));
        asAdmin().queryParam("organizationId", org).get("/api/audit").then()
                .body("accountEmail", everyItem(is(email)), "accountId", everyItem(is((int) consultantId)),
                        "occurredAt", everyItem(notNullValue()));

        // newest first, a page at a time
        long newest = log.getLong("[0].id");
        asAdmin().queryParam("organizationId", org).queryParam("limit", 2).get("/api/audit").then()
                .body("action", contains("ASSESSMENT_CLOSED", "RESPONSES_IMPORTED"));
        asAdmin().queryParam("organizationId", org).queryParam("before", newest).queryParam("limit", 1).get("/api/audit")
                .then().body("action", contains("RESPONSES_IMPORTED"));
        asAdmin().queryParam("accountId", consultantId).get("/api/audit").then().body("$", hasSize(8));
    }

    @Test
    void accountChangesAreRecordedToo() {
        long id = createAccount("audited-account@audit.test", "ADMINISTRATOR", "");
        asAdmin().body("{\"email\": \"audited-account@audit.test\", \"name\": \"Locked\", \"role\": \"ADMINISTRATOR\","
                + " \"locked\": true}").put("/api/accounts/" + id).then().statusCode(200);
        asAdmin().body("{\"password\": \"a fresh long password\"}").post("/api/accounts/" + id + "/password")
                .then().statusCode(204);
        asAdmin().delete("/api/accounts/" + id).then().statusCode(204);
        List<String> actions = asAdmin().get("/api/audit").then().extract().jsonPath()
                .getList("findAll { it.targetType == 'account' && it.targetId == " + id + " }.action");
        assertEquals(List.of("ACCOUNT_DELETED", "ACCOUNT_PASSWORD_RESET", "ACCOUNT_LOCKED", "ACCOUNT_CHANGED",
                "ACCOUNT_CREATED"), actions);
    }
}
