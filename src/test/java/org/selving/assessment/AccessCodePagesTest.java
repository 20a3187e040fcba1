package org.selving.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.ADMIN_EMAIL;
import static org.selving.testing.Api.ADMIN_PASSWORD;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.page;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Api;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Access codes in the console: a batch is shown once as cards to print, in the questionnaire's
 * language, and its codes work; per unit, the codes used are shown only as the report shows them.
 */
@QuarkusTest
class AccessCodePagesTest {

    private static final Pattern CARD_CODE = Pattern.compile("<p class=\"card-code\">([2-9A-Z-]{14})</p>");

    @Inject
    AgroalDataSource dataSource;

    static Tenants tenants;
    static String consultant;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("codepages");
            consultant = signIn(tenants.consultantA(), PASSWORD);
        }
    }

    @Test
    void aBatchIsShownOnceAsCardsWhoseCodesWork() {
        long id = tenants.assessmentA();
        String page = form(consultant).queryParam("lang", "fr").formParam("unitId", String.valueOf(tenants.north()))
                .formParam("count", "3").post("/assessments/" + id + "/access-codes").then().statusCode(200)
                .extract().asString();
        List<String> codes = new ArrayList<>();
        Matcher card = CARD_CODE.matcher(page);
        while (card.find()) {
            codes.add(card.group(1));
        }
        assertEquals(3, new HashSet<>(codes).size(), page);
        assertTrue(page.contains("<html lang=\"fr\">") && page.contains("ne sont montrés qu&#39;une fois"),
                "the page speaks the reader's language");
        assertTrue(page.contains("<ul class=\"code-cards\" lang=\"en\">")
                && page.contains("Spring check: your access code") && page.contains("type this code to answer"),
                "the cards speak the questionnaire's first language");

        Api.client().contentType(ContentType.JSON).body("{\"code\": \"" + codes.get(0) + "\", \"answers\": {\"know_purpose\": 4}}")
                .post("/api/responses").then().statusCode(201);

        String counts = page(consultant).get("/assessments/" + id + "/access-codes").then().statusCode(200).extract()
                .asString();
        assertTrue(counts.contains("<tr><th scope=\"row\">Ops / North</th><td class=\"number\">3</td></tr>"), counts);
        assertFalse(counts.contains(codes.get(1)), "the codes are not shown again");
        assertFalse(counts.contains(">Used</th>"), "no used count while the assessment is open");
        assertTrue(counts.contains("How many codes were used is shown once the assessment is closed"), counts);
    }

    @Test
    void usedCodesAreShownOnlyAsTheReportShowsThem() {
        long org = createOrganization("Code pages: rates");
        long big = createUnit(org, "Big", null);
        long middle = createUnit(org, "Middle", null);
        long small = createUnit(org, "Small", null);
        long id = createAssessment(org, "");
        List<String> bigCodes = issueCodes(id, big, 15);
        List<String> middleCodes = issueCodes(id, middle, 10);
        List<String> smallCodes = issueCodes(id, small, 4);
        open(id);
        answerWith(bigCodes.subList(0, 12));
        answerWith(middleCodes.subList(0, 8));
        answerWith(smallCodes.subList(0, 3));
        close(id);

        String admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = page(admin).get("/assessments/" + id + "/access-codes").then().statusCode(200).extract().asString();
        JsonPath report = asAdmin().get("/api/assessments/" + id + "/report").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = new ArrayList<>(report.getList("figures.value.responseRates.value.units"));
        rows.add(0, report.getMap("figures.value.responseRates.value.total"));
        for (Map<String, Object> row : rows) {
            Object used = usedInReport(row);
            String shown = used == null ? "withheld" : String.valueOf(used);
            String unit = row.get("unitId") == null ? "Whole organization" : (String) row.get("path");
            String expected = "<tr><th scope=\"row\">" + unit + "</th><td class=\"number\">" + row.get("issued")
                    + "</td><td class=\"number\">" + shown + "</td></tr>";
            assertTrue(page.contains(expected), expected + " in " + page);
        }
        assertTrue(page.contains("<tr><th scope=\"row\">Small</th><td class=\"number\">4</td><td class=\"number\">withheld</td></tr>"),
                "three of Small's four people answered: the page does not say so");
        assertTrue(page.contains("<tr><th scope=\"row\">Whole organization</th><td class=\"number\">29</td><td class=\"number\">23</td></tr>"),
                page);
        // the API gives the same figures as the page and the report
        JsonPath api = asAdmin().get("/api/assessments/" + id + "/access-codes").then().statusCode(200).extract().jsonPath();
        assertTrue(api.getBoolean("usedShown"));
        assertEquals(rows.stream().map(row -> row.get("unitId")).toList(), api.getList("rows.unitId"));
        assertEquals(rows.stream().map(row -> row.get("issued")).toList(), api.getList("rows.issued"));
        assertEquals(rows.stream().map(AccessCodePagesTest::usedInReport).toList(), api.getList("rows.used"));
        assertEquals(23, api.getInt("rows[0].used"));
        assertNull(api.get("rows.find { it.path == 'Small' }.used"), "three of Small's four people answered: the API does not say so");
        // fewer than k answered in all: the report shows no rates, so neither does the page
        long few = createAssessment(org, "");
        List<String> fewCodes = issueCodes(few, small, 4);
        open(few);
        answerWith(fewCodes.subList(0, 3));
        close(few);
        page(admin).get("/assessments/" + few + "/access-codes").then().statusCode(200)
                .body(containsString("<tr><th scope=\"row\">Small</th><td class=\"number\">4</td></tr>"),
                        containsString("is withheld, as in the report"), not(containsString(">Used</th>")));
    }

    @Test
    void badRequestsAreShownNextToTheirFieldsAndIssueNothing() {
        long id = tenants.assessmentA();
        String path = "/assessments/" + id + "/access-codes";
        assertUnchangedBy(dataSource, () -> {
            form(consultant).formParam("unitId", String.valueOf(tenants.north())).formParam("count", "0").post(path).then()
                    .statusCode(400).body(containsString("id=\"count-error\""), containsString("value=\"0\""));
            form(consultant).formParam("unitId", String.valueOf(tenants.north())).formParam("count", "ten").post(path).then()
                    .statusCode(400).body(containsString("id=\"count-error\""), containsString("must be a whole number"));
            form(consultant).formParam("unitId", String.valueOf(tenants.teamB())).formParam("count", "2").post(path).then()
                    .statusCode(400).body(containsString("id=\"unitId-error\""), not(containsString("card-code")));
            page(consultant).formParam("unitId", String.valueOf(tenants.north())).formParam("count", "2").post(path).then()
                    .statusCode(400).body(containsString("<h1>This form has expired</h1>"));
            form(signIn(tenants.consultantB(), PASSWORD)).formParam("unitId", String.valueOf(tenants.north()))
                    .formParam("count", "2").post(path).then().statusCode(404);
        });
        long closed = createAssessment(tenants.orgA(), "");
        open(closed);
        close(closed);
        assertUnchangedBy(dataSource, () -> form(consultant).formParam("unitId", String.valueOf(tenants.north()))
                .formParam("count", "2").post("/assessments/" + closed + "/access-codes").then().statusCode(409)
                .body(containsString("The assessment is closed; it needs no more codes.")));
    }

    private static void answerWith(List<String> codes) {
        for (String code : codes) {
            Api.client().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4}}")
                    .post("/api/responses").then().statusCode(201);
        }
    }

    /** A response-rate row's used count as the report shows it, {@code null} when withheld. */
    @SuppressWarnings("unchecked")
    private static Object usedInReport(Map<String, Object> row) {
        Map<String, Object> used = (Map<String, Object>) row.get("used");
        return (Boolean) used.get("shown") ? ((Map<String, Object>) used.get("value")).get("used") : null;
    }
}
