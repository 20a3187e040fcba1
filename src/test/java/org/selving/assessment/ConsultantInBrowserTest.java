package org.selving.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.createAccount;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.selving.testing.Browser;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A consultant runs a workshop in a real browser: creates an organization, adds a unit, prepares an
 * assessment, opens it and issues codes; a participant answers with one of the printed codes, and the
 * console shows the assessment open. Each console page passes the axe-core WCAG A/AA rules.
 */
@QuarkusTest
class ConsultantInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aConsultantPreparesAndOpensAnAssessmentWhoseCodesWork() {
        String email = "workshop-consultant@browser.test";
        createAccount(email, "CONSULTANT", "\"clientIds\": []");
        browser.signIn(email, PASSWORD);
        assertEquals("/home", browser.path());

        browser.clickAndWait("a[href='/organizations/new']");
        assertEquals("", browser.accessibilityViolations(), "new organization form");
        browser.find("#name").sendKeys("Contoso Workshop");
        browser.clickAndWait("main form button[type=submit]");
        assertTrue(browser.path().matches("/organizations/\\d+\\?done=CREATED"), browser.path());
        String organization = browser.path().replaceFirst("\\?.*", "");

        browser.find("#name").sendKeys("Front desk");
        browser.clickAndWait("form[action$='/units'] button[type=submit]");
        assertTrue(browser.find(".unit-tree").getText().contains("Front desk"), "the tree shows the new unit");
        assertEquals("", browser.accessibilityViolations(), "organization page");

        browser.clickAndWait("a[href='" + organization + "/assessments/new']");
        assertEquals("", browser.accessibilityViolations(), "new assessment form");
        new Select(browser.find("#instrument")).selectByValue("selving");
        browser.find("#title").sendKeys("Workshop check");
        browser.clickAndWait("main form button[type=submit]");
        assertTrue(browser.path().matches("/assessments/\\d+\\?done=CREATED"), browser.path());
        String assessment = browser.path().replaceFirst("\\?.*", "");
        assertEquals("draft", browser.find("dd.status").getText());
        assertEquals("", browser.accessibilityViolations(), "assessment page");

        browser.clickAndWait("form[action='" + assessment + "/open'] button");
        assertEquals("open", browser.find("dd.status").getText());

        browser.clickAndWait("a[href='" + assessment + "/access-codes']");
        assertEquals("", browser.accessibilityViolations(), "access codes page");
        browser.find("#count").sendKeys("5");
        browser.clickAndWait("form[action='" + assessment + "/access-codes'] button[type=submit]");
        List<String> codes = browser.driver().findElements(By.cssSelector(".card-code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(5, codes.size());
        assertTrue(browser.find(".code-card").getText().contains("Workshop check"), "each card names the assessment");
        assertEquals("", browser.accessibilityViolations(), "printed codes");

        // a participant, on another device, answers with the first card's code
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.find("#code").sendKeys(codes.get(0));
        browser.clickAndWait("form[action='/'] button[type=submit]");
        browser.clickAndWait("main a.button");
        browser.find("label[for='q-know_purpose-4']").click();
        browser.clickAndWait("main form button[type=submit]:not([name])");
        assertEquals("/respond/thanks", browser.path().replaceFirst("\\?.*", ""));

        browser.signIn(email, PASSWORD);
        browser.open(assessment);
        assertEquals("open", browser.find("dd.status").getText());
        browser.clickAndWait("a[href='" + assessment + "/access-codes']");
        assertTrue(browser.find("table.code-counts").getText().contains("Front desk 5"), "five codes issued for the unit");
    }
}
