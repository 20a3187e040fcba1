package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.selving.response.ResponseStore;
import org.selving.testing.Api;
import org.selving.testing.Browser;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A manager reads the within/without section of a report in a real browser: the plain-words reading,
 * staff and outsiders side by side in a chart that names itself and has its table, the units'
 * scatter, the statements behind a disclosure; the page passes the axe-core WCAG A/AA rules.
 */
@QuarkusTest
class WithinWithoutInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ResponseStore store;

    static WithinWithoutData.Reference reference;

    @BeforeEach
    void storeTheReferenceData() {
        if (reference == null) {
            reference = WithinWithoutData.store("Within and without in a browser", store);
        }
        browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @Test
    void theSectionReadsOutAndDrawsStaffAgainstOutsiders() {
        browser.open("/assessments/" + reference.internal() + "/report?lang=en");
        WebElement section = browser.find("section.within-without");
        assertEquals("Within and without: how outsiders see you", section.findElement(By.tagName("h2")).getText());
        List<String> readings = section.findElements(By.cssSelector("ul.readings li")).stream().map(WebElement::getText)
                .toList();
        assertTrue(readings.stream().anyMatch(r -> r.startsWith("The widest gap is “They tell you bad news early”")),
                readings.toString());

        WebElement chart = browser.find("#within-without-chart");
        assertEquals("Each dimension, staff and outsiders side by side, from 0 to 100",
                chart.findElement(By.tagName("title")).getAttribute("textContent"));
        assertEquals(5 * 2 + 2, chart.findElements(By.tagName("rect")).size(), "two bars per dimension and the legend");
        assertEquals(8, browser.find("#within-without-units").findElements(By.cssSelector("g.point")).size());

        WebElement statements = section.findElement(By.cssSelector("details.drill-down"));
        statements.findElement(By.tagName("summary")).click();
        assertEquals(14, statements.findElements(By.cssSelector("tbody tr")).size());
        assertEquals("", browser.accessibilityViolations());

        browser.navigate(() -> section.findElement(By.linkText("The outsiders' own report")).click());
        assertTrue(browser.path().startsWith("/assessments/" + reference.mirror() + "/report"), browser.path());
        assertTrue(browser.find("main").getText().contains("These are outsiders' answers about the organization"));
        assertEquals("", browser.accessibilityViolations());
    }
}
