package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;
import static org.selving.testing.Pages.html;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.assessment.AccessCodes;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;
import org.selving.testing.Api;
import org.selving.testing.StoredAnswers;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Names, titles and comments are whatever people typed, markup included: every page shows them as
 * text (escaped, whether in the page itself or inside a sentence of the message bundles), and the
 * JSON API returns them as they are, as JSON that no browser takes for a page.
 */
@QuarkusTest
class EscapingTest {

    static final String ORGANIZATION = "<script>alert('org')</script> & Co";
    static final String UNIT = "<img src=x onerror=alert(1)>";
    static final String TITLE = "</title><script>alert(2)</script>";
    static final String PERSON = "<b onmouseover=alert(3)>Boss</b>";
    static final String COMMENT = "<script>alert(4)</script> \"quoted\" & more";
    static final String FORMULA = "=HYPERLINK(\"evil.example\",\"Team\")";
    static final String FORMULA_COMMENT = "=1+2";

    static long org;
    static long unit;
    static long assessment;
    static String manager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    @BeforeEach
    void markup() {
        if (org != 0) {
            return;
        }
        org = asAdmin().body("{\"name\": \"" + json(ORGANIZATION) + "\"}").post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        unit = asAdmin().body("{\"name\": \"" + json(UNIT) + "\"}").post("/api/organizations/" + org + "/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assessment = asAdmin().body("{\"instrument\": \"selving\", \"title\": \"" + json(TITLE) + "\", \"openLink\": true}")
                .post("/api/organizations/" + org + "/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
        open(assessment);
        manager = "escaping-manager@escaping.test";
        long id = createAccount(manager, "MANAGER", "\"organizationId\": " + org + ", \"unitId\": " + unit);
        asAdmin().body("{\"email\": \"" + manager + "\", \"name\": \"" + json(PERSON) + "\", \"role\": \"MANAGER\","
                + " \"organizationId\": " + org + ", \"unitId\": " + unit + ", \"locked\": false}")
                .put("/api/accounts/" + id).then().statusCode(200);
    }

    @Test
    void respondentPagesShowNamesAsText() {
        String code = AccessCodes.normalize(issueCodes(assessment, unit, 1).get(0));
        // the questionnaire reached with a code shows no name of the organization's; these pages do
        for (String path : List.of("/respond/" + code, "/respond/open/" + assessment,
                "/respond/open/" + assessment + "/questions")) {
            String page = browser().get(path).then().statusCode(200).extract().asString();
            assertShownAsText(page, path);
        }
    }

    @Test
    void signedInPagesShowNamesAsText() {
        String session = Api.signIn(manager, PASSWORD);
        for (String path : List.of("/home", "/organizations/" + org)) {
            assertShownAsText(browser().cookie(SessionCookie.NAME, session).get(path).then().statusCode(200)
                    .extract().asString(), path);
        }
        String admin = Api.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        long id = as(manager, PASSWORD).get("/api/account").then().extract().jsonPath().getLong("id");
        for (String path : List.of("/admin/accounts", "/admin/accounts/" + id, "/organizations/" + org + "/units/" + unit,
                "/organizations/" + org + "/assessments/new", "/assessments/" + assessment,
                "/assessments/" + assessment + "/access-codes", "/assessments/" + assessment + "/imports")) {
            assertShownAsText(browser().cookie(SessionCookie.NAME, admin).get(path).then().statusCode(200)
                    .extract().asString(), path);
        }
    }

    @Test
    void theJsonApiReturnsNamesAsTheyWereTypedAsJson() {
        as(manager, PASSWORD).get("/api/organizations/" + org).then().statusCode(200)
                .contentType(ContentType.JSON).header("X-Content-Type-Options", "nosniff")
                .body("name", equalTo(ORGANIZATION));
        as(manager, PASSWORD).get("/api/organizations/" + org + "/units").then().body("[0].name", equalTo(UNIT));
        as(manager, PASSWORD).get("/api/assessments/" + assessment).then().body("settings.title", equalTo(TITLE));
        as(manager, PASSWORD).get("/api/account").then().body("name", equalTo(PERSON));
    }

    @Test
    void aCommentWithMarkupIsStoredAsItWasTyped() {
        String code = issueCodes(assessment, unit, 1).get(0);
        given().header("X-Forwarded-For", Api.newClientAddress()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4},"
                        + " \"comments\": {\"comment_strength\": \"" + json(COMMENT) + "\"}}")
                .post("/api/responses").then().statusCode(201);
        assertEquals(1, StoredData.count(dataSource,
                "SELECT COUNT(*) FROM response_comment WHERE assessment_id = ? AND body = ?", assessment, COMMENT));
    }

    @Test
    void reportsAndTheirExportsShowNamesAndCommentsAsText() {
        long reported = asAdmin().body("{\"instrument\": \"selving\", \"title\": \"" + json(TITLE) + "\","
                + " \"minGroupSize\": 5, \"commentThreshold\": 5}").post("/api/organizations/" + org + "/assessments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long formula = asAdmin().body("{\"name\": \"" + json(FORMULA) + "\"}").post("/api/organizations/" + org + "/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        open(reported);
        StoredAnswers.store(store, reported, catalog.find("selving").orElseThrow().items().size(), List.of(unit, formula),
                6, u -> u == unit ? COMMENT : FORMULA_COMMENT);
        close(reported);

        String page = asAdmin().accept(ContentType.HTML).get("/assessments/" + reported + "/report?lang=en").then()
                .statusCode(200).extract().asString();
        assertShownAsText(page, "report page");
        assertTrue(page.contains(html(COMMENT)), "the comment is on the page, as text");

        String json = asAdmin().get("/api/assessments/" + reported + "/report").then().statusCode(200)
                .contentType(ContentType.JSON).header("X-Content-Type-Options", "nosniff").extract().asString();
        assertTrue(json.contains(json(COMMENT)) && json.contains(json(UNIT)), "JSON keeps the text as typed");

        for (String export : List.of("/report.csv", "/responses.csv")) {
            var csv = asAdmin().accept("text/csv").get("/api/assessments/" + reported + export).then().statusCode(200)
                    .contentType(containsString("text/csv")).header("Content-Disposition", startsWith("attachment"))
                    .header("X-Content-Type-Options", "nosniff").extract().asString();
            for (String line : csv.lines().toList()) {
                for (String cell : line.split(",")) {
                    String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(text.startsWith("=") || text.startsWith("@"), export + " has a live formula: " + line);
                }
            }
            assertTrue(csv.contains("'" + FORMULA.replace("\"", "\"\"")), export + " keeps the name, as text");
        }
    }

    private static RequestSpecification browser() {
        return given().accept(ContentType.HTML).header("Accept-Language", "en")
                .header("X-Forwarded-For", Api.newClientAddress());
    }

    /** None of the markup is live, and whichever of the names the page shows, it shows escaped. */
    private static void assertShownAsText(String page, String where) {
        for (String markup : List.of(ORGANIZATION, UNIT, TITLE, PERSON, "<script", "<img", "<b ")) {
            if (page.contains(markup)) {
                throw new AssertionError(where + " shows live markup: " + markup);
            }
        }
        boolean escaped = page.contains(html(ORGANIZATION)) || page.contains(html(UNIT)) || page.contains(html(TITLE))
                || page.contains(html(PERSON));
        if (!escaped) {
            throw new AssertionError(where + " shows none of the names");
        }
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
