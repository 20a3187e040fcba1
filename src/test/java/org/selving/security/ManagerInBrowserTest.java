package org.selving.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.open;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;
import org.selving.testing.Api;
import org.selving.testing.Browser;
import org.selving.testing.StoredAnswers;
import org.selving.testing.Tenants;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A manager in a real browser: signs in, finds only their own organization in the navigation (another
 * organization exists beside it), reaches its assessment's report, and signs out; the sign-in and
 * signed-in pages pass the axe-core WCAG A/AA rules.
 */
@QuarkusTest
class ManagerInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    static Tenants tenants;
    static long reported;

    @BeforeEach
    void twoOrganizations() {
        if (tenants != null) {
            return;
        }
        tenants = Tenants.create("browser");
        reported = createAssessment(tenants.orgA(), "");
        open(reported);
        StoredAnswers.store(store, reported, catalog.find("selving").orElseThrow().items().size(),
                List.of(tenants.north(), tenants.south(), tenants.sales()), 6, null);
        close(reported);
    }

    @Test
    void aManagerSeesOnlyTheirOrganizationAndItsReports() {
        browser.signIn(tenants.managerA(), PASSWORD);
        assertEquals("/home", browser.path());
        List<String> organizations = browser.driver().findElements(By.cssSelector("nav.organizations a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("browser A"), organizations, "the other organization is not even named");
        assertEquals("", browser.accessibilityViolations(), "signed-in home");

        browser.clickAndWait("nav.organizations a");
        assertEquals("/organizations/" + tenants.orgA(), browser.path());
        assertEquals("", browser.accessibilityViolations(), "organization page");
        browser.clickAndWait("a[href='/assessments/" + reported + "/report']");
        assertEquals("/assessments/" + reported + "/report", browser.path());
        assertTrue(browser.find("h1").getText().contains("Spring check"), browser.find("h1").getText());
        assertTrue(browser.find("main").getText().contains("Sales"), "a manager of the whole organization sees every unit");

        browser.clickAndWait(".sign-out button");
        assertEquals("/login?signedOut=true", browser.path());
        browser.open("/home");
        assertTrue(browser.path().startsWith("/login?next="), "signed out for good: " + browser.path());
    }

    @Test
    void aManagerLimitedToATeamReadsThatTeamsReportOnly() {
        browser.signIn(tenants.northManagerA(), PASSWORD);
        assertEquals(List.of("browser A"), browser.driver().findElements(By.cssSelector("nav.organizations a")).stream()
                .map(WebElement::getText).toList());
        browser.open("/assessments/" + reported + "/report");
        String report = browser.find("main").getText();
        assertTrue(report.contains("North") && !report.contains("South") && !report.contains("Sales"), report);
    }

    @Test
    void theSignInPagePassesTheWcagRules() {
        browser.open("/login");
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertEquals("", browser.accessibilityViolations(), "sign-in page");
        browser.find("#email").sendKeys(tenants.managerA());
        browser.find("#password").sendKeys("not the password");
        browser.clickAndWait("form[action='/login'] button[type=submit]");
        assertTrue(browser.find(".error-summary").getText().contains("the account is locked"));
        assertEquals("", browser.accessibilityViolations(), "sign-in page with its error");

        createAccount("browser-admin@browser.test", "ADMINISTRATOR", "");
        browser.signIn("browser-admin@browser.test", Api.PASSWORD);
        browser.open("/admin/accounts");
        assertEquals("", browser.accessibilityViolations(), "accounts page");
    }
}
