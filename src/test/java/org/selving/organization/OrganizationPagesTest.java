package org.selving.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.idAfter;
import static org.selving.testing.Pages.page;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The organization pages of the console: a consultant creates an organization (which becomes theirs)
 * and builds its unit tree in the browser, with the same rules and audit as the API; what they may not
 * see is missing, and a manager reads the page without its forms.
 */
@QuarkusTest
class OrganizationPagesTest {

    @Inject
    AgroalDataSource dataSource;

    static Tenants tenants;
    static String consultant;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("orgpages");
            consultant = signIn(tenants.consultantA(), PASSWORD);
        }
    }

    @Test
    void aConsultantCreatesAnOrganizationThatBecomesTheirs() {
        page(consultant).get("/home").then().statusCode(200).body(containsString("href=\"/organizations/new\""));
        page(consultant).get("/organizations/new").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/organizations\""));
        String location = form(consultant).formParam("name", "  Fabrikam Mutual ").post("/organizations").then()
                .statusCode(303).extract().header("Location");
        long id = idAfter("/organizations/", location);

        page(consultant).get("/organizations/" + id + "?done=CREATED").then().statusCode(200)
                .body(containsString("<h1>Fabrikam Mutual</h1>"), containsString("The organization was created."));
        page(consultant).get("/home").then().body(containsString("<a href=\"/organizations/" + id + "\">Fabrikam Mutual</a>"));
        JsonPath audit = asAdmin().queryParam("organizationId", id).get("/api/audit").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("ORGANIZATION_CREATED", audit.getString("[0].action"));
        assertEquals(tenants.consultantA(), audit.getString("[0].accountEmail"));
    }

    @Test
    void aBadNameIsShownNextToItsFieldAndNothingIsStored() {
        assertUnchangedBy(dataSource, () -> {
            for (String name : new String[] { "   ", "x".repeat(201) }) {
                String page = form(consultant).formParam("name", name).post("/organizations").then().statusCode(400)
                        .extract().asString();
                assertTrue(page.contains("<p class=\"field-error\" id=\"name-error\">"), page);
                assertTrue(page.contains("class=\"error-summary\""), page);
                assertTrue(page.contains("<title>Error: New organization"), page);
            }
        });
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        assertUnchangedBy(dataSource, () -> page(consultant).formParam("name", "Forged").post("/organizations").then()
                .statusCode(400).body(containsString("<h1>This form has expired</h1>")));
    }

    @Test
    void unitsAreAddedRenamedAndMovedInTheTree() {
        long org = tenants.orgA();
        String page = page(consultant).get("/organizations/" + org).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"" + tenants.north() + "\">Ops / North</option>"), "parent choices");
        String location = form(consultant).formParam("name", "Depot").formParam("parentId", String.valueOf(tenants.ops()))
                .post("/organizations/" + org + "/units").then().statusCode(303).extract().header("Location");
        assertEquals("/organizations/" + org + "?done=UNIT_ADDED", location.replaceFirst("^https?://[^/]+", ""));
        long depot = unitUnder(org, "Ops", "Depot");
        page(consultant).get("/organizations/" + org + "?done=UNIT_ADDED").then()
                .body(containsString("The unit was added."), containsString("href=\"/organizations/" + org + "/units/" + depot + "\""));

        assertUnchangedBy(dataSource, () -> {
            form(consultant).formParam("name", "north").formParam("parentId", String.valueOf(tenants.ops()))
                    .post("/organizations/" + org + "/units").then().statusCode(409)
                    .body(containsString("id=\"name-error\""), containsString("already exists"));
            form(consultant).formParam("name", "Elsewhere").formParam("parentId", "ops")
                    .post("/organizations/" + org + "/units").then().statusCode(400)
                    .body(containsString("id=\"parentId-error\""), containsString("must be a whole number"));
            form(consultant).formParam("name", "A/B").post("/organizations/" + org + "/units").then().statusCode(400)
                    .body(containsString("id=\"name-error\""));
            // Ops cannot move below its own team
            form(consultant).formParam("name", "Ops").formParam("parentId", String.valueOf(tenants.north()))
                    .post("/organizations/" + org + "/units/" + tenants.ops()).then().statusCode(409)
                    .body(containsString("id=\"parentId-error\""));
        });

        String unitPage = page(consultant).get("/organizations/" + org + "/units/" + tenants.ops()).then().statusCode(200)
                .extract().asString();
        assertTrue(unitPage.contains("value=\"Ops\""), "the form holds the unit as it is");
        assertFalse(unitPage.contains("Ops / North</option>"), "a unit is not offered a place below itself");

        form(consultant).formParam("name", "Yard").formParam("parentId", String.valueOf(tenants.sales()))
                .post("/organizations/" + org + "/units/" + depot).then().statusCode(303);
        asAdmin().get("/api/organizations/" + org + "/units/" + depot).then().statusCode(200)
                .body("path", equalTo("Sales / Yard"));
        asAdmin().queryParam("organizationId", org).get("/api/audit").then()
                .body("action", hasItem("UNIT_CHANGED"), "detail", hasItem("Yard, under unit " + tenants.sales()));
    }

    @Test
    void anotherClientsOrganizationIsMissingAndAManagerHasNoForms() {
        String other = signIn(tenants.consultantB(), PASSWORD);
        long org = tenants.orgA();
        assertUnchangedBy(dataSource, () -> {
            page(other).get("/organizations/" + org + "/units/" + tenants.north()).then().statusCode(404)
                    .body(containsString("<h1>Page not found</h1>"));
            form(other).formParam("name", "Intruder").post("/organizations/" + org + "/units").then().statusCode(404)
                    .body(containsString("<h1>Page not found</h1>"));
            page(other).get("/organizations/999999/units/1").then().statusCode(404)
                    .body(containsString("<h1>Page not found</h1>"));
        });
        String manager = signIn(tenants.managerA(), PASSWORD);
        page(manager).get("/organizations/" + org).then().statusCode(200)
                .body(containsString("North"), not(containsString("action=\"/organizations/" + org + "/units\"")),
                        not(containsString("/assessments/new")));
        page(manager).get("/organizations/new").then().statusCode(403);
    }

    /** The id of a unit below a top-level one, as the API lists the tree. */
    private static long unitUnder(long org, String top, String name) {
        return asAdmin().get("/api/organizations/" + org + "/units").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + top + "' }.children.find { it.name == '" + name + "' }.id");
    }
}
