package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import io.quarkus.test.junit.QuarkusTest;

/**
 * A manager reads the report of a sample-like organization in a real browser: the heatmap is there
 * with the small team withheld, the charts name themselves and have their tables, the unit links
 * lead to a unit's report, and the page passes the axe-core WCAG A/AA rules, in English and French.
 */
@QuarkusTest
class ReportInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    SampleLike sample;

    @BeforeEach
    void createOrganization() {
        sample = SampleLike.create("Browser Northwind " + System.nanoTime(), store, catalog.find("selving").orElseThrow());
        browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @Test
    void theHeatmapShowsTheUnitsAndSaysWhichAreWithheld() {
        browser.open("/assessments/" + sample.assessment() + "/report?lang=en");

        WebElement heatmap = browser.find("svg#heatmap-chart, #heatmap-chart");
        assertTrue(heatmap.findElement(By.tagName("title")).getAttribute("textContent").startsWith("Dimension indices of each unit"));
        List<String> heatmapTexts = heatmap.findElements(By.tagName("text")).stream()
                .map(text -> text.getAttribute("textContent")).toList();
        assertTrue(heatmapTexts.contains("Operations / Maintenance"), heatmapTexts.toString());
        assertTrue(heatmapTexts.contains("fewer than 5 responses"), heatmapTexts.toString());

        WebElement maintenance = row("Operations / Maintenance");
        assertEquals("fewer than 5 responses", maintenance.findElement(By.cssSelector("td.withheld")).getText());
        assertEquals(0, maintenance.findElements(By.tagName("a")).size(), "a withheld unit has no link");
        WebElement logistics = row("Operations / Logistics");
        assertEquals("withheld to protect a smaller group", logistics.findElement(By.cssSelector("td.withheld")).getText());

        WebElement dimensions = browser.find("#dimensions-chart");
        assertEquals(10, dimensions.findElements(By.tagName("rect")).size(), "one bar per dimension");
        assertEquals("Index of each dimension from 0 to 100, with its 95% interval",
                dimensions.findElement(By.tagName("title")).getAttribute("textContent"));

        assertEquals("", browser.accessibilityViolations());

        browser.navigate(() -> row("Member Services / Support").findElement(By.tagName("a")).click());
        assertTrue(browser.path().contains("unit=" + sample.support()), browser.path());
        assertEquals("Support", browser.find(".trail [aria-current=page]").getText());
    }

    @Test
    void theReportIsInFrenchAsTheQuestionnaire() {
        browser.open("/assessments/" + sample.assessment() + "/report?lang=fr");
        assertEquals("fr", browser.find("html").getAttribute("lang"));
        assertTrue(browser.find("h1").getText().startsWith("Rapport"), browser.find("h1").getText());
        assertTrue(browser.find("#dimensions").getText().equals("Dimensions"));
        WebElement maintenance = row("Operations / Maintenance");
        assertEquals("moins de 5 réponses", maintenance.findElement(By.cssSelector("td.withheld")).getText());
        String tableText = browser.find("table").getText();
        assertTrue(tableText.contains("Se connaître"), "dimension titles from the questionnaire's French");
        assertFalse(browser.driver().getPageSource().contains("NaN"));
        assertEquals("", browser.accessibilityViolations());
    }

    private static WebElement row(String unit) {
        return browser.driver().findElements(By.cssSelector(".heatmap-table tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("th")).getText().startsWith(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no heatmap row " + unit));
    }
}
