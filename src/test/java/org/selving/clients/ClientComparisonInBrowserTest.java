package org.selving.clients;

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
 * A consultant compares their clients in a real browser: from the signed-in home to the page, the
 * clients' table (a withheld client says so, without figures), the spread chart with its table, the
 * within/without scatter with one dot per client that has outsiders, a client's report one click
 * away; the page passes the axe-core WCAG A/AA rules in English and French, and fits a phone's width.
 */
@QuarkusTest
class ClientComparisonInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    static Clients clients;

    @BeforeEach
    void portfolio() {
        if (clients == null) {
            clients = Clients.create("Browser compare", store, catalog);
        }
        browser.signIn(clients.consultant(), Api.PASSWORD);
    }

    @Test
    void aConsultantComparesTheirClients() {
        browser.open("/home");
        browser.navigate(() -> browser.find("a[href='/clients/comparison']").click());
        assertEquals("/clients/comparison", browser.path());
        assertEquals("Clients side by side", browser.find("h1").getText());

        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".clients-table tbody tr"));
        assertEquals(clients.names(), rows.stream().map(r -> r.findElement(By.tagName("th")).getText()).toList());
        WebElement withheld = rows.get(5);
        assertEquals("fewer than k responses: its report shows no figure",
                withheld.findElement(By.cssSelector("td.withheld")).getText());
        assertTrue(rows.get(0).getText().contains("Q"), "the quarter a client's figures fall in");

        WebElement spread = browser.find("#clients-distribution");
        assertEquals("Each figure's spread across clients, from 0 to 100",
                spread.findElement(By.tagName("title")).getAttribute("textContent"));
        assertEquals(11, spread.findElements(By.cssSelector("rect[fill='#d8e6e9']")).size(),
                "a box for the overall index and each of the ten dimensions");
        WebElement scatter = browser.find("#clients-within-without");
        assertEquals(3, scatter.findElements(By.cssSelector("g.point")).size(), "the three clients with outsiders");
        assertEquals(3, browser.driver().findElements(By.cssSelector(".clients-points tbody tr")).size());
        assertEquals("", browser.accessibilityViolations());

        browser.resize(390, 844);
        assertEquals(0, browser.horizontalOverflow(), "the page fits a phone; wide tables scroll in their region");
        browser.resize(1280, 900);

        browser.navigate(() -> rows.get(1).findElement(By.cssSelector("td a")).click());
        assertTrue(browser.path().endsWith("/report?lang=en"), browser.path());
        assertTrue(browser.find("h1").getText().startsWith("Report of"));
    }

    @Test
    void thePageIsInFrenchAsTheQuestionnaire() {
        browser.open("/clients/comparison?lang=fr");
        assertEquals("fr", browser.find("html").getAttribute("lang"));
        assertEquals("Les clients côte à côte", browser.find("h1").getText());
        assertTrue(browser.find(".clients-table thead").getText().contains("Se connaître"));
        assertFalse(browser.driver().getPageSource().contains("NaN"));
        assertEquals("", browser.accessibilityViolations());
    }
}
