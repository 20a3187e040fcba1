package org.selving.clients;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createMirrorAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.page;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;
import org.selving.stats.Spread;
import org.selving.testing.SyntheticAnswers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The view of a consultant's clients side by side, through the JSON and CSV API: each client exactly
 * as its own report shows it, the spread from five clients, the within/without points; and, as an
 * attacker would try, nothing of a client the caller may not see, nothing a client's report withholds,
 * and nothing at all for a manager.
 */
@QuarkusTest
class ClientComparisonApiTest {

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    static Clients clients;

    @BeforeEach
    void portfolio() {
        if (clients == null) {
            clients = Clients.create("Compare", store, catalog);
        }
    }

    private static JsonPath comparison(String email, String query) {
        return JsonPath.from(as(email, PASSWORD).get("/api/clients/comparison" + query).then().statusCode(200).extract()
                .asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void eachClientIsAsItsOwnReportShowsItAndTheSpreadIsOverThoseThatShowTheirs() {
        JsonPath view = comparison(clients.consultant(), "?instrument=selving&lang=en");
        assertEquals("selving", view.getString("instrument"));
        assertEquals(clients.names(), view.getList("clients.organization"));
        assertEquals(List.of("SHOWN", "SHOWN", "SHOWN", "SHOWN", "SHOWN", "WITHHELD", "NO_CLOSED_ASSESSMENT"),
                view.getList("clients.standing"));
        assertEquals(10, view.getList("dimensions").size());
        assertEquals(5, view.getInt("qualifying"));

        double[] overall = new double[5];
        for (int c = 0; c < 5; c++) {
            String client = "clients[" + c + "]";
            JsonPath own = JsonPath.from(as(clients.consultant(), PASSWORD)
                    .get("/api/assessments/" + view.getLong(client + ".assessmentId") + "/report").then().statusCode(200)
                    .extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
            assertEquals(own.getDouble("figures.value.overallIndex.value"), view.getDouble(client + ".figures.overallIndex.value"));
            assertEquals(own.getInt("figures.value.respondents"), view.getInt(client + ".figures.respondents"));
            assertEquals(own.getDouble("figures.value.dimensions.find { it.key == 'safety_to_speak' }.score.value.index"),
                    view.getDouble(client + ".figures.dimensions[5].value"));
            overall[c] = view.getDouble(client + ".figures.overallIndex.value");
        }
        // the withheld client adds nothing, not even to the spread
        assertNull(view.get("clients[5].figures"));
        assertEquals("FEWER_THAN_K", view.getString("clients[5].withheld"));
        assertNull(view.get("clients[6].assessmentId"));
        Spread spread = Spread.of(overall).value();
        assertEquals(spread.median(), view.getDouble("distribution.overall.value.median"), 1e-9);
        assertEquals(spread.lowerQuartile(), view.getDouble("distribution.overall.value.lowerQuartile"), 1e-9);
        assertEquals(spread.upperQuartile(), view.getDouble("distribution.overall.value.upperQuartile"), 1e-9);
        for (int c = 0; c < 5; c++) {
            assertEquals(spread.quarterOf(overall[c]), view.getInt("clients[" + c + "].figures.quarters[0]"));
        }
        assertEquals(List.of(1, 2, 3, 4), Arrays.stream(overall).mapToObj(spread::quarterOf).distinct().sorted().toList()
                .subList(0, 4), "five clients spread over the four quarters");

        // within and without: the three clients with outsiders, each as its report's section shows it
        assertEquals(clients.mirrored().stream().map(Long::intValue).toList(),
                view.getList("scatter.points.organizationId", Double.class).stream().map(Double::intValue).toList());
        for (int p = 0; p < 3; p++) {
            String point = "scatter.points[" + p + "]";
            String client = "clients.find { it.organizationId == " + view.getLong(point + ".organizationId") + " }";
            assertEquals(view.getDouble(client + ".figures.overallIndex.value"), view.getDouble(point + ".insideIndex"));
            assertEquals(view.getDouble(client + ".outsiders.outsideIndex.value"), view.getDouble(point + ".outsideIndex"));
        }
        assertFalse(view.getBoolean("scatter.correlation.computed"), "three clients are too few for a correlation");
    }

    @Test
    void theCsvHoldsTheSameFiguresOnePerLine() {
        String csv = as(clients.consultant(), PASSWORD).get("/api/clients/comparison.csv?instrument=selving").then()
                .statusCode(200).header("Content-Disposition", containsString("clients-selving.csv")).extract().asString();
        JsonPath view = comparison(clients.consultant(), "?instrument=selving");
        assertTrue(csv.startsWith("section,organization,assessment,dimension,statistic,value"));
        assertTrue(csv.contains("client,Compare Alder Works,Spring check,,overall_index,"
                + view.getDouble("clients[0].figures.overallIndex.value")), csv);
        assertTrue(csv.contains("client,Compare Fir Clinic,Spring check,,standing,WITHHELD"));
        assertTrue(csv.contains("client,Compare Gum Foods,,,standing,NO_CLOSED_ASSESSMENT"));
        assertTrue(csv.contains("distribution,,,,organizations,5"));
        assertTrue(csv.contains("distribution,,,,median," + view.getDouble("distribution.overall.value.median")));
        assertTrue(csv.contains("within_without,Compare Alder Works,Spring check,,outside_index,"));
        assertFalse(csv.contains("Hazel Bank"));
    }

    @Test
    void badRequestsNameTheirField() {
        as(clients.consultant(), PASSWORD).get("/api/clients/comparison").then().statusCode(400)
                .body("errors[0].field", equalTo("instrument"));
        as(clients.consultant(), PASSWORD).get("/api/clients/comparison?instrument=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("instrument"));
        as(clients.consultant(), PASSWORD).get("/api/clients/comparison?instrument=selving_mirror").then().statusCode(400)
                .body("errors[0].field", equalTo("instrument"), "errors[0].message",
                        containsString("no internal questionnaire 'selving_mirror'"));
        as(clients.consultant(), PASSWORD).get("/api/clients/comparison?instrument=selving&lang=de").then()
                .statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    /** Fewer than five clients show their figures: no spread, no correlation, and nothing else from elsewhere. */
    @Test
    void anotherConsultantSeesOnlyTheirOwnClientAndNoSpread() {
        JsonPath view = comparison(clients.otherConsultant(), "?instrument=selving");
        assertEquals(List.of("Compare Hazel Bank"), view.getList("clients.organization"));
        assertNull(view.get("distribution"));
        assertEquals(1, view.getInt("qualifying"));
        assertNull(view.get("clients[0].figures.quarters"));
        String body = as(clients.otherConsultant(), PASSWORD).get("/api/clients/comparison?instrument=selving")
                .asString();
        for (String name : clients.names()) {
            assertFalse(body.contains(name), name);
        }
    }

    /** A manager, whatever they ask, gets a refusal that names no organization and holds no figure. */
    @Test
    void aManagerNeverSeesAnotherOrganizationsNameOrFigures() {
        for (String query : List.of("?instrument=selving", "?instrument=selving&lang=fr", "", "?instrument=pulse")) {
            for (String path : List.of("/api/clients/comparison", "/api/clients/comparison.csv")) {
                String body = as(clients.manager(), PASSWORD).get(path + query).then().statusCode(403).extract().asString();
                for (String name : clients.names()) {
                    assertFalse(body.contains(name), path + query + " names " + name);
                }
                assertFalse(body.contains("overallIndex"), body);
            }
        }
        String session = signIn(clients.manager(), PASSWORD);
        page(session).get("/clients/comparison?instrument=selving").then().statusCode(403)
                .body(not(containsString("Birch")), not(containsString("clients-table")));
        page(session).get("/home").then().statusCode(200).body(not(containsString("/clients/comparison")));
        // their own organization's report stays theirs
        as(clients.manager(), PASSWORD).get("/api/organizations").then().statusCode(200)
                .body("name", equalTo(List.of(clients.names().get(0))));
    }

    /** An organization's name is text wherever the page writes it: the table, the scatter's point titles. */
    @Test
    void aClientsNameIsEscapedInTheTableAndInTheCharts() {
        String name = "<b onmouseover=alert(1)>Bold & Co</b>";
        long org = createOrganization(name);
        long team = createUnit(org, "Team", null);
        long internal = createAssessment(org, "");
        open(internal);
        SyntheticAnswers.store(store, catalog.find("selving").orElseThrow(), internal, team, 6, 0, new Random(7));
        close(internal);
        long mirror = createMirrorAssessment(org, internal, "");
        open(mirror);
        SyntheticAnswers.store(store, catalog.find("selving_mirror").orElseThrow(), mirror, team, 6, 0, new Random(8));
        close(mirror);
        createAccount("escaping-consultant@clients.test", "CONSULTANT", "\"clientIds\": [" + org + "]");
        String page = page(signIn("escaping-consultant@clients.test", PASSWORD)).get("/clients/comparison").then()
                .statusCode(200).extract().asString();
        assertFalse(page.contains("<b onmouseover"), page);
        assertTrue(page.contains("<th scope=\"row\">" + html(name) + "</th>"), "in the table");
        assertTrue(page.contains("<title>&lt;b onmouseover=alert(1)&gt;Bold &amp; Co&lt;/b&gt;</title>"),
                "as the title of its point in the scatter");
    }

    @Test
    void thePageShowsTheClientsTheSpreadAndThePointsInTheReadersLanguage() {
        String session = signIn(clients.consultant(), PASSWORD);
        String english = page(session).get("/clients/comparison").then().statusCode(200).extract().asString();
        assertTrue(english.contains("<h1>Clients side by side</h1>"), english);
        assertTrue(english.contains("<svg id=\"clients-distribution\"") && english.contains("<svg id=\"clients-within-without\""));
        assertTrue(english.contains("fewer than k responses: its report shows no figure"));
        assertTrue(english.contains("A correlation across clients is given from 5 of them."));
        assertFalse(english.contains("NaN") || english.contains("Hazel Bank"));
        String french = page(session).header("Accept-Language", "fr").get("/clients/comparison?lang=fr").then()
                .statusCode(200).extract().asString();
        assertTrue(french.contains("<h1>Les clients côte à côte</h1>"), french);
        assertTrue(french.contains("Se connaître"), "dimension titles in the questionnaire's French");
        Map<String, String> links = Map.of("pulse", "/clients/comparison?instrument=pulse");
        assertTrue(english.contains("href=\"" + links.get("pulse") + "&amp;lang=en\""), "the other questionnaire");
        page(session).get("/home").then().body(containsString("href=\"/clients/comparison\""));
    }
}
