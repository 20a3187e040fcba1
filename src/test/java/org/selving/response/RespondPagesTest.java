package org.selving.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;
import static org.selving.testing.Pages.html;
import static org.selving.testing.StoredData.assertUnchangedBy;
import static org.selving.testing.StoredData.count;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.assessment.AccessCodes;
import org.selving.assessment.AssessmentService;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentVersions;
import org.selving.instrument.Item;
import org.selving.testing.Api;
import org.selving.testing.Forms;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The respondent's pages as a browser receives them: content, post/redirect/get, errors, refusals. */
@QuarkusTest
class RespondPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentVersions versions;

    static String client;

    long org;
    long division;
    long team;
    long assessment;
    List<String> codes;

    @BeforeEach
    void openAssessment() {
        client = Api.newClientAddress();
        org = createOrganization("Pages Ltd");
        division = createUnit(org, "Operations", null);
        team = createUnit(org, "Warehouse", division);
        assessment = createAssessment(org, "\"openLink\": true, \"minGroupSize\": 6, \"segmentQuestion\": "
                + SEGMENT_QUESTION);
        codes = issueCodes(assessment, team, 4);
        open(assessment);
    }

    /** A browser of this test's own client address, so bad codes of other tests never throttle it. */
    static RequestSpecification browser(String language) {
        return given().accept(ContentType.HTML).header("Accept-Language", language).header("X-Forwarded-For", client)
                .redirects().follow(false);
    }

    /** A form sent from that browser, with the CSRF token of the page it came from. */
    static RequestSpecification form(String language) {
        return Forms.withCsrf(browser(language));
    }

    static String questions(String code) {
        return "/respond/" + AccessCodes.normalize(code) + "/questions";
    }

    long responses() {
        return count(dataSource, "SELECT COUNT(*) FROM response WHERE assessment_id = ?", assessment);
    }

    @Test
    void theCodeIsTypedOnTheHomePageAnyHowAndLeadsToWhatIsRecorded() {
        String code = codes.get(0);
        String typed = "  " + code.toLowerCase().replace("-", " ") + " ";
        String location = form("en").formParam("code", typed).post("/")
                .then().statusCode(303).extract().header("Location");
        assertEquals("/respond/" + AccessCodes.normalize(code), location.replaceFirst("^https?://[^/]+", ""));

        browser("en").get("/respond/" + AccessCodes.normalize(code))
                .then().statusCode(200)
                .body(containsString("Pages Ltd · Spring check"),
                        containsString("your unit: Operations / Warehouse"),
                        containsString("your answer to “Your position”, only if you choose to give it"),
                        containsString("your IP address, your device or browser, or the time of day"),
                        containsString("groups of at least 6 people"),
                        containsString("There are 41 questions."),
                        containsString("href=\"" + questions(code) + "?lang=en\""));
    }

    @Test
    void aWrongOrUsedCodeIsToldNextToTheFieldAlikeAndKeptForCorrection() {
        submitWithCode(codes.get(1), "answers.know_purpose", "4").statusCode(303);
        for (String typed : List.of("ZZZZ-ZZZZ-ZZZZ", codes.get(1), "hello")) {
            assertUnchangedBy(dataSource, () -> form("en").formParam("code", typed).post("/")
                    .then().statusCode(400)
                    .body(containsString("<p class=\"field-error\" id=\"code-error\">"),
                            containsString("This code cannot be used. Check it for typing mistakes;"),
                            containsString("value=\"" + typed + "\""), containsString("aria-invalid=\"true\""),
                            containsString("<title>Error: Welcome · Selving</title>")));
        }
        form("fr").formParam("code", "").post("/")
                .then().statusCode(400).body(containsString(html("Saisissez le code d'accès qui vous a été remis.")));
    }

    @Test
    void theQuestionnaireHasEveryItemOfThePinnedInstrumentInEachLanguage() {
        Instrument instrument = versions.definition(assessments.intake(assessment).orElseThrow().instrumentVersionId());
        for (String language : List.of("en", "fr")) {
            String page = browser(language).get(questions(codes.get(0)))
                    .then().statusCode(200).extract().asString();
            assertContains(page, "<html lang=\"" + language + "\">");
            for (Item item : instrument.items()) {
                assertContains(page, "<legend>" + html(item.text().get(language)) + "</legend>");
                assertContains(page, "name=\"answers." + item.key() + "\"");
            }
            instrument.dimensions().forEach(d -> assertContains(page, ">" + html(d.title().get(language)) + "</h2>"));
            instrument.comments().forEach(p -> assertContains(page, html(p.text().get(language)) + "</label>"));
        }
    }

    @Test
    void answersArePostedThenRedirectedSoAReloadNeverSendsThemAgain() {
        String code = codes.get(2);
        long before = responses();
        String location = submitWithCode(code, "answers.know_purpose", "4", "answers.recommend_workplace", "9",
                "segment", "staff", "comments.comment_change", "Fewer meetings.")
                .statusCode(303).extract().header("Location");
        assertEquals(before + 1, responses());
        String thanks = location.replaceFirst("^https?://[^/]+", "");
        assertEquals("/respond/thanks?lang=en", thanks);
        for (int reload = 0; reload < 2; reload++) {
            browser("en").get(thanks).then().statusCode(200).body(containsString("<h1>Thank you</h1>"));
        }
        assertEquals(before + 1, responses());

        assertUnchangedBy(dataSource, () -> submitWithCode(code, "answers.know_purpose", "2")
                .statusCode(404).body(containsString("<h1>This code cannot be used</h1>")));
        browser("en").get(questions(code)).then().statusCode(404)
                .body(containsString("<h1>This code cannot be used</h1>"));
    }

    @Test
    void problemsAreShownNextToTheirFieldsWithEveryEntryKept() {
        String tooLong = "x".repeat(2001);
        assertUnchangedBy(dataSource, () -> submitWithCode(codes.get(0), "answers.know_purpose", "4",
                "answers.know_values_shared", "9", "answers.recommend_workplace", "10", "segment", "manager",
                "comments.comment_strength", "We listen.", "comments.comment_change", tooLong)
                .statusCode(400)
                .body(containsString("<title>Error: "),
                        containsString("<h2 id=\"error-summary-title\">There is a problem</h2>"),
                        containsString("<a href=\"#q-know_values_shared-1\">People here share a common understanding"
                                + " of what we stand for.: Choose one of the options.</a>"),
                        containsString("<p class=\"field-error\" id=\"q-know_values_shared-error\">"),
                        containsString("<a href=\"#comment-comment_change\">"),
                        containsString("Write at most 2000 characters."),
                        containsString("id=\"q-know_purpose-4\" value=\"4\" checked"),
                        containsString("id=\"q-recommend_workplace-10\" value=\"10\" checked"),
                        containsString("value=\"manager\" checked"),
                        containsString(">\nWe listen.</textarea>"),
                        containsString(">\n" + tooLong + "</textarea>")));
    }

    @Test
    void aCommentAsLongAsAllowedIsStoredWhateverItsCharacters() {
        String longest = "Équipe à l'écoute, même en réunion. ".repeat(60).substring(0, 2000);
        submitWithCode(codes.get(3), "comments.comment_change", longest).statusCode(303);
        assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM response_comment WHERE assessment_id = ? AND body = ?",
                assessment, longest.strip()));
    }

    @Test
    void sendingNothingAtAllIsRefusedWithALinkToTheFirstQuestion() {
        assertUnchangedBy(dataSource, () -> submitWithCode(codes.get(0), "answers.know_purpose", "")
                .statusCode(400)
                .body(containsString("<a href=\"#q-know_purpose-1\">Answer at least one question before sending.</a>")));
    }

    @Test
    void changingLanguageOnTheQuestionnaireKeepsTheAnswersAndSendsNothing() {
        assertUnchangedBy(dataSource, () -> form("en").formParams("answers.know_purpose", "5",
                "comments.comment_change", "Plus de temps.", RespondPages.CHANGE_LANGUAGE, "fr")
                .queryParam("lang", "fr").post(questions(codes.get(0)))
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"),
                        containsString("Je pourrais expliquer en une ou deux phrases"),
                        containsString("id=\"q-know_purpose-5\" value=\"5\" checked"),
                        containsString(">\nPlus de temps.</textarea>"),
                        containsString("formaction=\"" + questions(codes.get(0)) + "?lang=en\" lang=\"en\">English</button>"),
                        not(containsString("class=\"error-summary\""))));
    }

    @Test
    void anOpenLinkAsksForTheUnitFromTheTreeFirst() {
        String link = "/respond/open/" + assessment;
        browser("en").get(link).then().statusCode(200)
                .body(containsString("the unit you choose at the start of the questionnaire"),
                        containsString("href=\"" + link + "/questions?lang=en\""));
        browser("en").get(link + "/questions").then().statusCode(200)
                .body(containsString("<legend>Your unit <span class=\"required\">(required)</span></legend>"),
                        containsString("id=\"unit-" + division + "\" value=\"" + division + "\"><label for=\"unit-"
                                + division + "\">Operations</label>"),
                        containsString("<ul class=\"units\">"));

        assertUnchangedBy(dataSource, () -> form("en").formParams("answers.know_purpose", "3")
                .post(link + "/questions").then().statusCode(400)
                .body(containsString("<a href=\"#unit-" + division + "\">Choose the unit you work in.</a>"),
                        containsString("id=\"q-know_purpose-3\" value=\"3\" checked")));

        long before = count(dataSource, "SELECT COUNT(*) FROM response WHERE unit_id = ?", team);
        form("en").formParams("unitId", String.valueOf(team), "answers.know_purpose", "3")
                .post(link + "/questions").then().statusCode(303)
                .header("Location", endsWith("/respond/thanks?lang=en"));
        assertEquals(before + 1, count(dataSource, "SELECT COUNT(*) FROM response WHERE unit_id = ?", team));
    }

    /** Outsiders answering a mirror questionnaire pick the team they deal with most, where staff pick their unit. */
    @Test
    void anOutsiderOnAnOpenLinkPicksTheTeamTheyDealWithMost() {
        long mirror = Api.createMirrorAssessment(org, null, "\"openLink\": true");
        open(mirror);
        String link = "/respond/open/" + mirror;
        browser("en").get(link).then().statusCode(200)
                .body(containsString("the team you deal with most, which you choose at the start of the questionnaire"),
                        containsString("customers, members, partners, suppliers"));
        browser("fr").get(link + "/questions").then().statusCode(200)
                .body(containsString("<legend>L&#39;équipe avec qui vous êtes le plus en relation <span"),
                        containsString("Ils tiennent les promesses qu&#39;ils me font."));
        assertUnchangedBy(dataSource, () -> form("en").formParams("answers.mirror_promises_kept", "2")
                .post(link + "/questions").then().statusCode(400)
                .body(containsString("<a href=\"#unit-" + division + "\">Choose the team you deal with most.</a>")));
        form("en").formParams("unitId", String.valueOf(team), "answers.mirror_promises_kept", "2")
                .post(link + "/questions").then().statusCode(303);
        assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM response WHERE assessment_id = ? AND unit_id = ?",
                mirror, team));
    }

    @Test
    void anAssessmentWithoutOpenLinkHasNoOpenLinkPage() {
        long codesOnly = createAssessment(org, "");
        open(codesOnly);
        browser("en").get("/respond/open/" + codesOnly).then().statusCode(404)
                .body(containsString("<h1>Page not found</h1>"));
        browser("en").get("/respond/open/999999").then().statusCode(404);
    }

    @Test
    void aClosedAssessmentSaysSoWithGone() {
        close(assessment);
        for (String path : List.of("/respond/" + AccessCodes.normalize(codes.get(0)), questions(codes.get(0)),
                "/respond/open/" + assessment)) {
            browser("en").get(path).then().statusCode(410)
                    .body(containsString("<h1>This questionnaire is closed</h1>"));
        }
        assertUnchangedBy(dataSource, () -> submitWithCode(codes.get(0), "answers.know_purpose", "4")
                .statusCode(410));
        browser("fr").get("/respond/open/" + assessment).then().statusCode(410)
                .body(containsString("<h1>Ce questionnaire est fermé</h1>"));
    }

    @Test
    void aDraftOrNotYetOpenAssessmentSaysWhenToComeBack() {
        long draft = createAssessment(org, "");
        List<String> draftCodes = issueCodes(draft, team, 1);
        browser("en").get("/respond/" + AccessCodes.normalize(draftCodes.get(0))).then().statusCode(409)
                .body(containsString("<h1>This questionnaire is not open yet</h1>"),
                        containsString("It has not been opened for answers yet."));

        Instant opens = Instant.now().plus(3, ChronoUnit.DAYS);
        long later = createAssessment(org, "\"opensAt\": \"" + opens + "\"");
        List<String> laterCodes = issueCodes(later, team, 1);
        open(later);
        form("en").formParam("code", laterCodes.get(0)).post("/").then().statusCode(303);
        browser("en").get("/respond/" + AccessCodes.normalize(laterCodes.get(0))).then().statusCode(409)
                .body(containsString("<h1>This questionnaire is not open yet</h1>"), containsString("It opens on "));
    }

    @Test
    void respondentPagesAreNeitherCachedNorReferredNorScripted() {
        for (String path : List.of("/", "/respond/" + AccessCodes.normalize(codes.get(0)), questions(codes.get(0)),
                "/respond/thanks", "/respond/open/" + assessment, "/respond/ZZZZZZZZZZZZ")) {
            browser("en").get(path).then()
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .body(not(containsString("<script")));
        }
    }

    private ValidatableResponse submitWithCode(String code, String... fields) {
        return form("en").formParams(pairs(fields)).post(questions(code)).then();
    }

    private static java.util.Map<String, String> pairs(String... fields) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return map;
    }

    static void assertContains(String page, String expected) {
        if (!page.contains(expected)) {
            throw new AssertionError("The page does not contain: " + expected);
        }
    }
}
