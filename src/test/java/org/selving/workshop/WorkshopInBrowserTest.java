package org.selving.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.selving.testing.Browser;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A live session in real browsers: a consultant starts it from the console and keeps its presenter
 * screen open; eight people answer on "phones" (windows of browser contexts of their own, with their
 * own cookies), from the QR code's address. The screen shows nothing until the step rule allows (k = 3:
 * the first 3 answers once 6 have come), then follows by itself, without reloading, over its stream.
 * Every page passes the axe-core WCAG A/AA rules.
 */
@QuarkusTest
class WorkshopInBrowserTest {

    private static final int PEOPLE = 8;

    @RegisterExtension
    static final Browser browser = new Browser();

    long org;
    long team;
    long assessment;
    String email;

    @BeforeEach
    void openAssessment() {
        org = createOrganization("Room Cooperative");
        createUnit(org, "Operations", null);
        team = createUnit(org, "Warehouse", null);
        assessment = createAssessment(org, "\"minGroupSize\": 3, \"commentThreshold\": 3, \"segmentQuestion\": "
                + SEGMENT_QUESTION);
        open(assessment);
        email = "room-" + assessment + "@workshop.test";
        createAccount(email, "CONSULTANT", "\"clientIds\": [" + org + "]");
        browser.resize(1280, 900);
    }

    @Test
    void theScreenShowsTheRoomOnlyAfterTheStepRuleAllowsThenFollowsWithoutReloading() {
        browser.signIn(email, PASSWORD);
        browser.open("/assessments/" + assessment);
        browser.clickAndWait("a[href='/assessments/" + assessment + "/workshops']");
        assertEquals("", browser.accessibilityViolations(), "the sessions page");
        new Select(browser.find("#unitId")).selectByVisibleText("Warehouse");
        browser.clickAndWait("form[action='/assessments/" + assessment + "/workshops'] button[type=submit]");
        assertTrue(browser.path().matches("/workshops/\\d+"), browser.path());
        String screen = browser.window();
        followingItsStream();
        String code = browser.find(".join-code").getText();
        assertTrue(JoinCodes.isWellFormed(code), code);
        assertTrue(browser.find(".join-qr svg").isDisplayed());
        assertTrue(browser.text(".screen-waiting").contains("once 6 people have answered"));
        assertEquals("", browser.accessibilityViolations(), "the presenter screen before any answer");
        // a reload would forget this
        browser.script("window.stillTheSamePage = true;");

        List<String> phones = new ArrayList<>();
        for (int person = 1; person <= PEOPLE; person++) {
            phones.add(browser.openInNewContext("/join?code=" + code));
            if (person == 1) {
                assertEquals("", browser.accessibilityViolations(), "the join page");
            }
            browser.clickAndWait("form[action='/join'] button[type=submit]");
            assertEquals("/room", browser.path());
            if (person == 1) {
                assertEquals("", browser.accessibilityViolations(), "the room's questionnaire");
            }
            answer(person);
            browser.clickAndWait("#answers .submit button[type=submit]");
            assertTrue(browser.find("h1").getText().contains("your answers are in"), browser.find("h1").getText());
            if (person == 1) {
                assertEquals("", browser.accessibilityViolations(), "the thank-you page");
            }

            browser.switchTo(screen);
            String count = person + " answers";
            browser.waitUntil(driver -> browser.text("#answer-count").equals(count));
            if (person < 6) {
                assertTrue(browser.find(".screen-waiting").isDisplayed(), "nothing shown with " + person + " answers");
                assertTrue(browser.driver().findElements(By.cssSelector(".screen-index")).isEmpty());
            } else {
                browser.waitUntil(driver -> browser.text(".screen-basis").startsWith("Showing the first 3 answers."));
                assertFalse(browser.text(".screen-big").isBlank());
            }
        }
        assertEquals(Boolean.TRUE, browser.script("return window.stillTheSamePage === true;"),
                "the screen followed the answers without reloading");
        assertEquals("", browser.accessibilityViolations(), "the presenter screen with results");

        // the same phone cannot answer twice: it is thanked, not asked again
        browser.switchTo(phones.get(0));
        browser.open("/room");
        assertTrue(browser.find("h1").getText().contains("your answers are in"));

        // the facilitator reveals the dimensions, closes the round: every answer, all at once
        browser.switchTo(screen);
        browser.clickAndWait("form[action$='/reveal'] input[value='all'] + button");
        browser.clickAndWait("form[action$='/close-round'] button");
        followingItsStream();
        assertEquals("All 8 answers of the room.", browser.text(".screen-basis"));
        assertTrue(browser.driver().findElements(By.cssSelector(".screen-join")).isEmpty(), "no more joining");
        assertTrue(browser.find("#screen-index-chart").isDisplayed());
        assertEquals("", browser.accessibilityViolations(), "the presenter screen with every answer");

        browser.clickAndWait("a[href$='/debrief']");
        assertEquals("", browser.accessibilityViolations(), "the debrief");
    }

    /** Waits until the presenter screen has had the stream's first message (which brings its figures afresh). */
    private static void followingItsStream() {
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script(
                "return document.getElementById('screen').hasAttribute('data-version');")));
    }

    /** Answers the first questions on the phone's form: a different pattern per person, and a segment. */
    private static void answer(int person) {
        for (String item : List.of("know_purpose", "know_values_shared", "safe_unpopular", "safe_mistakes")) {
            browser.find("#q-" + item + "-" + (1 + (person + item.length()) % 5)).click();
        }
        browser.find("#segment-" + (1 + person % 2)).click();
    }
}
