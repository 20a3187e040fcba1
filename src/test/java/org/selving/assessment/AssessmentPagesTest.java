package org.selving.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.idAfter;
import static org.selving.testing.Pages.page;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The assessment pages of the console: a consultant prepares a draft in a form (its refusals shown next
 * to their fields, as the API names them), then opens and closes it from its page; the changes are those
 * of the API, audited alike, and another client's assessment is missing.
 */
@QuarkusTest
class AssessmentPagesTest {

    @Inject
    AgroalDataSource dataSource;

    static Tenants tenants;
    static String consultant;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("assesspages");
            consultant = signIn(tenants.consultantA(), PASSWORD);
        }
    }

    /** A complete, valid form: a segment question with two options in both languages of the questionnaire. */
    private static Map<String, String> validForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("instrument", "selving");
        fields.put("title", "Autumn check");
        fields.put("opensAt", "");
        fields.put("closesAt", "2099-01-31T17:00");
        fields.put("minGroupSize", "4");
        fields.put("openLink", "true");
        fields.put("segmentQuestion.text.en", "Your position");
        fields.put("segmentQuestion.text.fr", "Votre position");
        fields.put("segmentQuestion.options[0].key", "staff");
        fields.put("segmentQuestion.options[0].label.en", "Staff");
        fields.put("segmentQuestion.options[0].label.fr", "Personnel");
        fields.put("segmentQuestion.options[1].key", "manager");
        fields.put("segmentQuestion.options[1].label.en", "Manager");
        fields.put("segmentQuestion.options[1].label.fr", "Cadre");
        return fields;
    }

    private static RequestSpecification sending(Map<String, String> fields) {
        RequestSpecification request = form(consultant);
        fields.forEach(request::formParam);
        return request;
    }

    @Test
    void aDraftIsCreatedFromTheForm() {
        String blank = page(consultant).get("/organizations/" + tenants.orgA() + "/assessments/new").then().statusCode(200)
                .extract().asString();
        assertTrue(blank.contains("id=\"minGroupSize\" name=\"minGroupSize\" value=\"5\""), "k is 5 unless changed");
        assertTrue(blank.contains("<option value=\"selving\"") && blank.contains("<option value=\"pulse\""), "every questionnaire is offered");

        String location = sending(validForm()).post("/organizations/" + tenants.orgA() + "/assessments").then()
                .statusCode(303).extract().header("Location");
        long id = idAfter("/assessments/", location);
        asAdmin().get("/api/assessments/" + id).then().statusCode(200).body("status", equalTo("DRAFT"),
                "settings.title", equalTo("Autumn check"), "settings.minGroupSize", equalTo(4),
                "settings.openLink", equalTo(true), "settings.opensAt", nullValue(), "settings.closesAt", notNullValue(),
                "settings.segmentQuestion.options.key", contains("staff", "manager"),
                "settings.segmentQuestion.text.fr", equalTo("Votre position"));

        page(consultant).get("/assessments/" + id + "?done=CREATED").then().statusCode(200).body(
                containsString("<h1>Autumn check</h1>"), containsString("The draft was created."),
                containsString("Your position (Staff, Manager)"), containsString("/respond/open/" + id + "</a>"),
                containsString("action=\"/assessments/" + id + "/open\""), containsString("href=\"/assessments/" + id + "/access-codes\""),
                not(containsString("/report\"")));
        asAdmin().queryParam("organizationId", tenants.orgA()).get("/api/audit").then()
                .body("find { it.targetId == " + id + " }.action", equalTo("ASSESSMENT_CREATED"),
                        "find { it.targetId == " + id + " }.accountEmail", equalTo(tenants.consultantA()));
    }

    @Test
    void badSettingsAreShownNextToTheirFieldsAndNothingIsStored() {
        Map<String, String> mistakes = Map.of(
                "minGroupSize", "2",
                "title", " ",
                "opensAt", "next monday",
                "segmentQuestion.text.fr", "",
                "segmentQuestion.options[1].key", "Manager!");
        String path = "/organizations/" + tenants.orgA() + "/assessments";
        assertUnchangedBy(dataSource, () -> {
            for (Map.Entry<String, String> mistake : mistakes.entrySet()) {
                Map<String, String> fields = validForm();
                fields.put(mistake.getKey(), mistake.getValue());
                String page = sending(fields).post(path).then().statusCode(400).extract().asString();
                assertTrue(page.contains("<p class=\"field-error\" id=\"" + mistake.getKey() + "-error\">"),
                        mistake.getKey() + ": " + page);
                assertTrue(page.contains("value=\"" + html(mistake.getValue().strip()) + "\""), "what was typed is kept");
            }
            Map<String, String> window = validForm();
            window.put("opensAt", "2099-02-01T09:00");
            sending(window).post(path).then().statusCode(400)
                    .body(containsString("id=\"closesAt-error\""), containsString("must be after opensAt"));
            page(consultant).formParam("title", "Forged").formParam("instrument", "selving").post(path).then()
                    .statusCode(400).body(containsString("<h1>This form has expired</h1>"));
        });
    }

    @Test
    void anAssessmentIsOpenedAndClosedFromItsPage() {
        long id = createAssessment(tenants.orgA(), "");
        assertUnchangedBy(dataSource, () -> page(consultant).post("/assessments/" + id + "/open").then().statusCode(400)
                .body(containsString("<h1>This form has expired</h1>")));

        form(consultant).post("/assessments/" + id + "/open").then().statusCode(303);
        asAdmin().get("/api/assessments/" + id).then().body("status", equalTo("OPEN"));
        page(consultant).get("/assessments/" + id + "?done=OPENED").then().statusCode(200)
                .body(containsString("The assessment is open"), containsString("<dd class=\"status\">open</dd>"),
                        containsString("action=\"/assessments/" + id + "/close\""),
                        containsString("href=\"/assessments/" + id + "/report\""));
        assertUnchangedBy(dataSource, () -> form(consultant).post("/assessments/" + id + "/open").then().statusCode(409)
                .body(containsString("class=\"error-summary\""), containsString("Only a draft can be opened")));

        form(consultant).post("/assessments/" + id + "/close").then().statusCode(303);
        asAdmin().get("/api/assessments/" + id).then().body("status", equalTo("CLOSED"));
        String closed = page(consultant).get("/assessments/" + id).then().statusCode(200).extract().asString();
        assertTrue(closed.contains("<dd class=\"status\">closed</dd>") && !closed.contains("/close\""), closed);
        assertEquals(java.util.List.of("ASSESSMENT_CLOSED", "ASSESSMENT_OPENED"), asAdmin()
                .queryParam("organizationId", tenants.orgA()).get("/api/audit").then().extract().jsonPath()
                .getList("findAll { it.targetId == " + id + " && it.accountEmail == '" + tenants.consultantA() + "' }.action"));
    }

    @Test
    void anotherClientsAssessmentIsMissingAndManagersHaveNoConsole() {
        String other = signIn(tenants.consultantB(), PASSWORD);
        assertUnchangedBy(dataSource, () -> {
            for (String path : new String[] { "/assessments/" + tenants.assessmentA(), "/assessments/999999",
                    "/organizations/" + tenants.orgA() + "/assessments/new" }) {
                page(other).get(path).then().statusCode(404).body(containsString("<h1>Page not found</h1>"));
            }
            form(other).post("/assessments/" + tenants.assessmentA() + "/close").then().statusCode(404);
        });
        page(signIn(tenants.managerA(), PASSWORD)).get("/assessments/" + tenants.assessmentA()).then().statusCode(403);
    }
}
