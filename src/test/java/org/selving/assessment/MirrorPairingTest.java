package org.selving.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createMirrorAssessment;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.page;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An assessment of the mirror questionnaire is paired with an internal assessment of the same
 * organization, through the API's settings or the console's assessment page; every pairing that cannot
 * be is refused with a problem naming {@code pairedAssessmentId}, and changes nothing.
 */
@QuarkusTest
class MirrorPairingTest {

    @Inject
    AgroalDataSource dataSource;

    static Tenants tenants;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("pairing");
        }
    }

    private static ValidatableResponse createMirror(long org, String pairing) {
        return asAdmin().body("{\"instrument\": \"selving_mirror\", \"title\": \"Outside\", " + pairing + "}")
                .post("/api/organizations/" + org + "/assessments").then();
    }

    private static ValidatableResponse setPairing(long mirror, Object pairedId) {
        return asAdmin().body("{\"instrument\": \"selving_mirror\", \"title\": \"Outside\", \"pairedAssessmentId\": "
                + pairedId + "}").put("/api/assessments/" + mirror).then();
    }

    @Test
    void aMirrorIsPairedWithAnInternalAssessmentOfItsOrganizationAndBothSaySo() {
        long mirror = createMirrorAssessment(tenants.orgA(), tenants.assessmentA(), "\"openLink\": true");
        asAdmin().get("/api/assessments/" + mirror).then().statusCode(200)
                .body("settings.instrument", equalTo("selving_mirror"),
                        "settings.pairedAssessmentId", equalTo((int) tenants.assessmentA()),
                        "mirrorAssessmentId", nullValue());
        asAdmin().get("/api/assessments/" + tenants.assessmentA()).then()
                .body("mirrorAssessmentId", equalTo((int) mirror), "settings.pairedAssessmentId", nullValue());
        open(mirror);
        asAdmin().get("/api/assessments/" + mirror + "/questionnaire").then()
                .body("mirrors.instrument", equalTo("selving"), "mirrors.outwardDimension", equalTo("relating_outward"),
                        "dimensions[0].items[3].pairsWith", equalTo("out_promise_gap"));
        // unpaired while open, and paired again
        setPairing(mirror, null).statusCode(200).body("settings.pairedAssessmentId", nullValue());
        asAdmin().get("/api/assessments/" + tenants.assessmentA()).then().body("mirrorAssessmentId", nullValue());
        setPairing(mirror, tenants.assessmentA()).statusCode(200);
        close(mirror);
        assertUnchangedBy(dataSource, () -> setPairing(mirror, null).statusCode(409)
                .body("errors[0].field", equalTo("pairedAssessmentId"),
                        "errors[0].message", equalTo("fixed while the assessment is closed")));
    }

    @Test
    void aPairingThatCanNeverBeIsRefusedNamingTheField() {
        long internalB = tenants.assessmentB();
        long pulse = asAdmin().body("{\"instrument\": \"pulse\", \"title\": \"Pulse\"}")
                .post("/api/organizations/" + tenants.orgA() + "/assessments").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long otherMirror = createMirrorAssessment(tenants.orgA(), null, "");
        assertUnchangedBy(dataSource, () -> {
            createMirror(tenants.orgA(), "\"pairedAssessmentId\": " + internalB).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("pairedAssessmentId"), "errors[0].message",
                            equalTo("no assessment " + internalB + " in this organization: a mirror is paired with an"
                                    + " internal assessment of the same organization"));
            createMirror(tenants.orgA(), "\"pairedAssessmentId\": 999999").statusCode(400)
                    .body("errors[0].field", equalTo("pairedAssessmentId"));
            asAdmin().body("{\"instrument\": \"selving\", \"title\": \"Inside\", \"pairedAssessmentId\": "
                    + tenants.assessmentA() + "}").post("/api/organizations/" + tenants.orgA() + "/assessments").then()
                    .statusCode(400).body("errors[0].field", equalTo("pairedAssessmentId"),
                            "errors[0].message", startsWith("'selving' is not a mirror questionnaire"));
            createMirror(tenants.orgA(), "\"pairedAssessmentId\": " + pulse).statusCode(400)
                    .body("errors[0].field", equalTo("pairedAssessmentId"), "errors[0].message", equalTo("assessment "
                            + pulse + " asks the questionnaire 'pulse'; 'selving_mirror' mirrors 'selving'"));
            createMirror(tenants.orgA(), "\"pairedAssessmentId\": " + otherMirror).statusCode(400)
                    .body("errors[0].message", containsString("asks the questionnaire 'selving_mirror'"));
            setPairing(otherMirror, otherMirror).statusCode(400).body("errors[0].field", equalTo("pairedAssessmentId"));
            createMirror(tenants.orgA(), "\"pairedAssessmentId\": \"three\"").statusCode(400);
        });
    }

    @Test
    void aPairingTheStateForbidsIsAConflictNamingTheField() {
        long internal = createAssessment(tenants.orgA(), "");
        long mirror = createMirrorAssessment(tenants.orgA(), internal, "");
        // an internal assessment has one mirror
        assertUnchangedBy(dataSource, () -> createMirror(tenants.orgA(), "\"pairedAssessmentId\": " + internal)
                .statusCode(409).body("errors[0].field", equalTo("pairedAssessmentId"), "errors[0].message",
                        equalTo("assessment " + internal + " is already paired with the mirror assessment " + mirror
                                + " (“Outside view”)")));
        // an open mirror and a draft internal assessment: refused when opening and when pairing
        assertUnchangedBy(dataSource, () -> asAdmin().post("/api/assessments/" + mirror + "/open").then()
                .statusCode(409).body("errors[0].field", equalTo("pairedAssessmentId"),
                        "errors[0].message", containsString("is a draft: a mirror that takes answers is paired with an"
                                + " internal assessment that is open or closed")));
        setPairing(mirror, null).statusCode(200);
        open(mirror);
        assertUnchangedBy(dataSource, () -> setPairing(mirror, internal).statusCode(409)
                .body("errors[0].field", equalTo("pairedAssessmentId")));
        open(internal);
        setPairing(mirror, internal).statusCode(200);
        // the internal draft of another pair keeps the questionnaire its mirror mirrors
        long draft = createAssessment(tenants.orgA(), "");
        createMirrorAssessment(tenants.orgA(), draft, "");
        assertUnchangedBy(dataSource, () -> asAdmin().body("{\"instrument\": \"pulse\", \"title\": \"Changed\"}")
                .put("/api/assessments/" + draft).then().statusCode(409).body("errors[0].field", equalTo("instrument")));
    }

    @Test
    void aConsultantPairsFromTheAssessmentPageAndSeesRefusalsNextToTheField() {
        String consultant = signIn(tenants.consultantA(), PASSWORD);
        long internal = createAssessment(tenants.orgA(), "");
        long mirror = createMirrorAssessment(tenants.orgA(), null, "");
        String blank = page(consultant).get("/assessments/" + mirror).then().statusCode(200).extract().asString();
        assertTrue(blank.contains("<option value=\"" + internal + "\">")
                && !blank.contains("<option value=\"" + mirror + "\">"), "internal assessments of selving are offered");

        form(consultant).formParam("pairedAssessmentId", String.valueOf(internal))
                .post("/assessments/" + mirror + "/pairing").then().statusCode(303);
        asAdmin().get("/api/assessments/" + mirror).then().body("settings.pairedAssessmentId", equalTo((int) internal));
        page(consultant).get("/assessments/" + mirror + "?done=PAIRED").then().statusCode(200)
                .body(containsString("The pairing was saved."),
                        containsString("<option value=\"" + internal + "\" selected>"));
        page(consultant).get("/assessments/" + internal).then().statusCode(200)
                .body(containsString(html("Outsiders' view of this assessment") + ": <a href=\"/assessments/" + mirror + "\">"));

        assertUnchangedBy(dataSource, () -> {
            form(consultant).formParam("pairedAssessmentId", String.valueOf(tenants.assessmentB()))
                    .post("/assessments/" + mirror + "/pairing").then().statusCode(400)
                    .body(containsString("<p class=\"field-error\" id=\"pairedAssessmentId-error\">"),
                            containsString("in this organization"));
            form(consultant).formParam("pairedAssessmentId", "first").post("/assessments/" + mirror + "/pairing")
                    .then().statusCode(400).body(containsString("must be a whole number"));
            page(consultant).formParam("pairedAssessmentId", "").post("/assessments/" + mirror + "/pairing").then()
                    .statusCode(400).body(containsString("<h1>This form has expired</h1>"));
            form(signIn(tenants.consultantB(), PASSWORD)).formParam("pairedAssessmentId", "")
                    .post("/assessments/" + mirror + "/pairing").then().statusCode(404);
        });
    }
}
