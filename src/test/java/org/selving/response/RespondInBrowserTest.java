package org.selving.response;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.selving.assessment.AccessCodes;
import org.selving.assessment.AssessmentService;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentVersions;
import org.selving.instrument.Item;
import org.selving.testing.Browser;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A respondent in a real browser: types the code on the home page, answers with the keyboard only,
 * sends once, reloads; the pages read well at 360 px and pass the axe-core WCAG A/AA rules.
 */
@QuarkusTest
class RespondInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ResponseStore store;

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentVersions versions;

    long assessment;
    long unit;
    List<String> codes;
    Instrument instrument;

    @BeforeEach
    void openAssessment() {
        long org = createOrganization("Browser Ltd");
        long division = createUnit(org, "Operations", null);
        unit = createUnit(org, "Warehouse", division);
        assessment = createAssessment(org, "\"openLink\": true, \"segmentQuestion\": " + SEGMENT_QUESTION);
        codes = issueCodes(assessment, unit, 3);
        open(assessment);
        instrument = versions.definition(assessments.intake(assessment).orElseThrow().instrumentVersionId());
        browser.resize(1280, 900);
    }

    @Test
    void aRespondentAnswersWithTheKeyboardOnlyAndSendsOnce() {
        browser.open("/");
        press(Keys.TAB);
        assertEquals("Skip to main content", browser.focused().getText());
        press(Keys.ENTER);
        press(Keys.TAB);
        assertEquals("code", browser.focused().getDomAttribute("id"));
        String code = codes.get(0);
        browser.focused().sendKeys(code.toLowerCase().replace("-", " "));
        browser.navigate(() -> press(Keys.ENTER));

        assertEquals("/respond/" + AccessCodes.normalize(code), browser.path());
        tabTo("Start the questionnaire");
        browser.navigate(() -> press(Keys.ENTER));

        assertEquals("/respond/" + AccessCodes.normalize(code) + "/questions?lang=en", browser.path());
        List<Item> items = instrument.items();
        byte[] expected = new byte[items.size()];
        tabToFirstRadio();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            assertEquals("q-" + item.key() + "-" + instrument.scaleOf(item).min(), browser.focused().getDomAttribute("id"),
                    "Tab leads to the first choice of the next question");
            // Space takes the focused choice; each arrow key moves to the next one and takes it
            int steps = item.isOutcome() ? 8 : i % 5;
            if (steps == 0) {
                press(Keys.SPACE);
            }
            for (int step = 0; step < steps; step++) {
                press(Keys.ARROW_DOWN);
            }
            expected[i] = (byte) (steps + 1);
            if (i == 1) {
                // back to the first question to change its answer, then on past the second one
                new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                assertEquals("q-" + items.get(0).key() + "-1", browser.focused().getDomAttribute("id"));
                press(Keys.ARROW_DOWN);
                expected[0] = 2;
                press(Keys.TAB);
                assertEquals("q-" + item.key() + "-2", browser.focused().getDomAttribute("id"));
            }
            press(Keys.TAB);
        }
        assertEquals("segment-1", browser.focused().getDomAttribute("id"));
        press(Keys.ARROW_DOWN);
        press(Keys.TAB);
        assertEquals("comment-comment_strength", browser.focused().getDomAttribute("id"));
        browser.focused().sendKeys("Colleagues who help each other.");
        press(Keys.TAB);
        press(Keys.TAB);
        assertEquals("Send my answers", browser.focused().getText());
        browser.navigate(() -> press(Keys.ENTER));

        assertEquals("/respond/thanks?lang=en", browser.path());
        assertEquals("Thank you", browser.find("h1").getText());
        browser.driver().navigate().refresh();
        assertEquals("/respond/thanks?lang=en", browser.path());
        assertEquals(1, browser.driver().findElements(By.tagName("h1")).size());
        assertEquals(1, store.count(assessment), "the reload sent nothing");

        ResponseMatrix stored = store.scan(assessment, items.size());
        assertEquals(unit, stored.unitIds()[0]);
        assertEquals(2, stored.segments()[0], "manager, the second option");
        byte[] answers = new byte[items.size()];
        for (int i = 0; i < items.size(); i++) {
            answers[i] = (byte) stored.packed(0, i);
        }
        assertArrayEquals(expected, answers);
        assertEquals(List.of("Colleagues who help each other."),
                store.comments(assessment).stream().map(ResponseComment::body).toList());

        browser.driver().navigate().back();
        assertEquals("This code cannot be used", browser.find("h1").getText(), "the form is not offered again");
        assertEquals(1, store.count(assessment));
    }

    @Test
    void nothingScrollsSidewaysOnA360PixelWideScreen() {
        browser.resize(360, 800);
        String code = AccessCodes.normalize(codes.get(1));
        for (String path : List.of("/", "/respond/" + code, "/respond/" + code + "/questions",
                "/respond/open/" + assessment + "/questions", "/respond/thanks", "/respond/ZZZZZZZZZZZZ")) {
            browser.open(path);
            assertEquals(0, browser.horizontalOverflow(), path + " scrolls sideways at 360 px");
        }
        browser.open("/respond/" + code + "/questions?lang=fr");
        browser.clickAndWait("button[type=submit]");
        assertTrue(browser.find(".error-summary").isDisplayed());
        assertEquals(0, browser.horizontalOverflow(), "the form with its errors scrolls sideways at 360 px");
    }

    @Test
    void respondentPagesPassTheWcagRules() {
        String code = AccessCodes.normalize(codes.get(2));
        for (String path : List.of("/", "/respond/" + code, "/respond/" + code + "/questions",
                "/respond/open/" + assessment + "/questions", "/respond/thanks", "/respond/ZZZZZZZZZZZZ")) {
            browser.open(path);
            assertEquals("", browser.accessibilityViolations(), path);
        }
        browser.open("/");
        browser.navigate(() -> browser.find("#code").sendKeys("not a code", Keys.ENTER));
        assertEquals("", browser.accessibilityViolations(), "home page with an error");
        browser.open("/respond/" + code + "/questions");
        browser.clickAndWait("button[type=submit]");
        assertEquals("", browser.accessibilityViolations(), "questionnaire with errors");
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Tabs forward until the link or button with this text has the focus. */
    private static void tabTo(String text) {
        for (int i = 0; i < 20 && !text.equals(browser.focused().getText()); i++) {
            press(Keys.TAB);
        }
        assertEquals(text, browser.focused().getText());
    }

    private static void tabToFirstRadio() {
        for (int i = 0; i < 20 && !"radio".equals(type(browser.focused())); i++) {
            press(Keys.TAB);
        }
    }

    private static String type(WebElement element) {
        return element.getDomAttribute("type");
    }
}
