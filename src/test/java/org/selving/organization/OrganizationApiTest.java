package org.selving.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrganizationApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void organizationsAreCreatedListedAndRenamed() {
        long id = asAdmin().body("{\"name\": \"  Contoso Health  \"}")
                .post("/api/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/organizations/"))
                .body("name", equalTo("Contoso Health"), "sample", equalTo(false))
                .extract().jsonPath().getLong("id");

        asAdmin().get("/api/organizations").then().statusCode(200).body("name", hasItem("Contoso Health"));

        asAdmin().body("{\"name\": \"Contoso Care\"}")
                .put("/api/organizations/" + id)
                .then().statusCode(200).body("name", equalTo("Contoso Care"));
        asAdmin().get("/api/organizations/" + id).then().statusCode(200).body("name", equalTo("Contoso Care"));
    }

    @Test
    void badOrganizationInputIsRefusedNamingTheField() {
        assertUnchangedBy(dataSource, () -> {
            asAdmin().body("{\"name\": \"  \"}").post("/api/organizations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("name"));
            asAdmin().body("{\"name\": \"" + "x".repeat(201) + "\"}")
                    .post("/api/organizations")
                    .then().statusCode(400).body("errors.field", contains("name"));
            asAdmin().body("{\"name\": 42}").post("/api/organizations")
                    .then().statusCode(400).body("errors[0].field", equalTo("name"),
                            "errors[0].message", equalTo("must be a text"));
            asAdmin().body("{\"title\": \"Acme\"}").post("/api/organizations")
                    .then().statusCode(400).body("errors[0].field", equalTo("title"),
                            "errors[0].message", equalTo("unknown field"));
            asAdmin().body("{\"name\": \"Renamed\"}").put("/api/organizations/999999")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("999999"));
        });
    }

    @Test
    void unitsFormATreeOfAnyDepth() {
        long org = createOrganization("Fabrikam");
        long ops = createUnit(org, "Operations", null);
        long warehouse = createUnit(org, "Warehouse", ops);
        long night = createUnit(org, "Night shift", warehouse);
        long sales = createUnit(org, "Sales", null);

        asAdmin().get("/api/organizations/" + org + "/units").then().statusCode(200)
                .body("name", contains("Operations", "Sales"),
                        "[0].children[0].name", equalTo("Warehouse"),
                        "[0].children[0].children[0].name", equalTo("Night shift"),
                        "[0].children[0].children[0].path", equalTo("Operations / Warehouse / Night shift"),
                        "[1].children", empty());

        asAdmin().get("/api/organizations/" + org + "/units/" + night).then().statusCode(200)
                .body("parentId", equalTo((int) warehouse), "path", equalTo("Operations / Warehouse / Night shift"));

        // rename and move the warehouse (with its night shift) under sales
        asAdmin().body("{\"name\": \"Depot\", \"parentId\": " + sales + "}")
                .put("/api/organizations/" + org + "/units/" + warehouse)
                .then().statusCode(200).body("path", equalTo("Sales / Depot"));
        asAdmin().get("/api/organizations/" + org + "/units/" + night).then()
                .body("path", equalTo("Sales / Depot / Night shift"));

        // back to the top level
        asAdmin().body("{\"name\": \"Depot\", \"parentId\": null}")
                .put("/api/organizations/" + org + "/units/" + warehouse)
                .then().statusCode(200).body("path", equalTo("Depot"));
        asAdmin().get("/api/organizations/" + org + "/units").then().body("name", contains("Operations", "Sales", "Depot"));
    }

    @Test
    void aUnitCannotMoveUnderItselfOrClashWithASibling() {
        long org = createOrganization("Northwind Test");
        long top = createUnit(org, "Top", null);
        long middle = createUnit(org, "Middle", top);
        long leaf = createUnit(org, "Leaf", middle);
        createUnit(org, "Other", top);

        assertUnchangedBy(dataSource, () -> {
            asAdmin().body("{\"name\": \"Top\", \"parentId\": " + leaf + "}")
                    .put("/api/organizations/" + org + "/units/" + top)
                    .then().statusCode(409).body("errors[0].field", equalTo("parentId"));
            asAdmin().body("{\"name\": \"Top\", \"parentId\": " + top + "}")
                    .put("/api/organizations/" + org + "/units/" + top)
                    .then().statusCode(409).body("errors[0].field", equalTo("parentId"));
            asAdmin().body("{\"name\": \"other\", \"parentId\": " + top + "}")
                    .put("/api/organizations/" + org + "/units/" + middle)
                    .then().statusCode(409).body("errors[0].field", equalTo("name"));
            asAdmin().body("{\"name\": \"OTHER\", \"parentId\": " + top + "}")
                    .post("/api/organizations/" + org + "/units")
                    .then().statusCode(409).body("errors[0].field", equalTo("name"));
            asAdmin().body("{\"name\": \"A/B\"}")
                    .post("/api/organizations/" + org + "/units")
                    .then().statusCode(400).body("errors[0].field", equalTo("name"));
            asAdmin().body("{\"name\": \"Lost\", \"parentId\": 999999}")
                    .post("/api/organizations/" + org + "/units")
                    .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
            asAdmin().delete("/api/organizations/" + org + "/units/" + middle)
                    .then().statusCode(409).body("detail", containsString("sub-units"));
        });

        asAdmin().delete("/api/organizations/" + org + "/units/" + leaf).then().statusCode(204);
        asAdmin().get("/api/organizations/" + org + "/units/" + leaf).then().statusCode(404);
        asAdmin().get("/api/organizations/" + org + "/units").then().body("[0].children.name", contains("Middle", "Other"))
                .body("[0].children[0].children", hasSize(0));
    }

    @Test
    void unitsOfAnotherOrUnknownOrganizationAreNotFound() {
        long first = createOrganization("First");
        long second = createOrganization("Second");
        long unit = createUnit(first, "Team", null);
        assertUnchangedBy(dataSource, () -> {
            asAdmin().get("/api/organizations/" + second + "/units/" + unit).then().statusCode(404);
            asAdmin().body("{\"name\": \"Moved\"}")
                    .put("/api/organizations/" + second + "/units/" + unit).then().statusCode(404);
            asAdmin().delete("/api/organizations/" + second + "/units/" + unit).then().statusCode(404);
            asAdmin().get("/api/organizations/999999/units").then().statusCode(404)
                    .contentType("application/problem+json");
        });
    }
}
