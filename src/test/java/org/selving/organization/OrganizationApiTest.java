package org.selving.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OrganizationApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void organizationsAreCreatedListedAndRenamed() {
        long id = given().contentType(ContentType.JSON).body("{\"name\": \"  Contoso Health  \"}")
                .post("/api/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/organizations/"))
                .body("name", equalTo("Contoso Health"), "sample", equalTo(false))
                .extract().jsonPath().getLong("id");

        given().get("/api/organizations").then().statusCode(200).body("name", hasItem("Contoso Health"));

        given().contentType(ContentType.JSON).body("{\"name\": \"Contoso Care\"}")
                .put("/api/organizations/" + id)
                .then().statusCode(200).body("name", equalTo("Contoso Care"));
        given().get("/api/organizations/" + id).then().statusCode(200).body("name", equalTo("Contoso Care"));
    }

    @Test
    void badOrganizationInputIsRefusedNamingTheField() {
        assertUnchangedBy(dataSource, () -> {
            given().contentType(ContentType.JSON).body("{\"name\": \"  \"}").post("/api/organizations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("name"));
            given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(201) + "\"}")
                    .post("/api/organizations")
                    .then().statusCode(400).body("errors.field", contains("name"));
            given().contentType(ContentType.JSON).body("{\"name\": 42}").post("/api/organizations")
                    .then().statusCode(400).body("errors[0].field", equalTo("name"),
                            "errors[0].message", equalTo("must be a text"));
            given().contentType(ContentType.JSON).body("{\"title\": \"Acme\"}").post("/api/organizations")
                    .then().statusCode(400).body("errors[0].field", equalTo("title"),
                            "errors[0].message", equalTo("unknown field"));
            given().contentType(ContentType.JSON).body("{\"name\": \"Renamed\"}").put("/api/organizations/999999")
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

        given().get("/api/organizations/" + org + "/units").then().statusCode(200)
                .body("name", contains("Operations", "Sales"),
                        "[0].children[0].name", equalTo("Warehouse"),
                        "[0].children[0].children[0].name", equalTo("Night shift"),
                        "[0].children[0].children[0].path", equalTo("Operations / Warehouse / Night shift"),
                        "[1].children", empty());

        given().get("/api/organizations/" + org + "/units/" + night).then().statusCode(200)
                .body("parentId", equalTo((int) warehouse), "path", equalTo("Operations / Warehouse / Night shift"));

        // rename and move the warehouse (with its night shift) under sales
        given().contentType(ContentType.JSON).body("{\"name\": \"Depot\", \"parentId\": " + sales + "}")
                .put("/api/organizations/" + org + "/units/" + warehouse)
                .then().statusCode(200).body("path", equalTo("Sales / Depot"));
        given().get("/api/organizations/" + org + "/units/" + night).then()
                .body("path", equalTo("Sales / Depot / Night shift"));

        // back to the top level
        given().contentType(ContentType.JSON).body("{\"name\": \"Depot\", \"parentId\": null}")
                .put("/api/organizations/" + org + "/units/" + warehouse)
                .then().statusCode(200).body("path", equalTo("Depot"));
        given().get("/api/organizations/" + org + "/units").then().body("name", contains("Operations", "Sales", "Depot"));
    }

    @Test
    void aUnitCannotMoveUnderItselfOrClashWithASibling() {
        long org = createOrganization("Northwind Test");
        long top = createUnit(org, "Top", null);
        long middle = createUnit(org, "Middle", top);
        long leaf = createUnit(org, "Leaf", middle);
        createUnit(org, "Other", top);

        assertUnchangedBy(dataSource, () -> {
            given().contentType(ContentType.JSON).body("{\"name\": \"Top\", \"parentId\": " + leaf + "}")
                    .put("/api/organizations/" + org + "/units/" + top)
                    .then().statusCode(409).body("errors[0].field", equalTo("parentId"));
            given().contentType(ContentType.JSON).body("{\"name\": \"Top\", \"parentId\": " + top + "}")
                    .put("/api/organizations/" + org + "/units/" + top)
                    .then().statusCode(409).body("errors[0].field", equalTo("parentId"));
            given().contentType(ContentType.JSON).body("{\"name\": \"other\", \"parentId\": " + top + "}")
                    .put("/api/organizations/" + org + "/units/" + middle)
                    .then().statusCode(409).body("errors[0].field", equalTo("name"));
            given().contentType(ContentType.JSON).body("{\"name\": \"OTHER\", \"parentId\": " + top + "}")
                    .post("/api/organizations/" + org + "/units")
                    .then().statusCode(409).body("errors[0].field", equalTo("name"));
            given().contentType(ContentType.JSON).body("{\"name\": \"A/B\"}")
                    .post("/api/organizations/" + org + "/units")
                    .then().statusCode(400).body("errors[0].field", equalTo("name"));
            given().contentType(ContentType.JSON).body("{\"name\": \"Lost\", \"parentId\": 999999}")
                    .post("/api/organizations/" + org + "/units")
                    .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
            given().delete("/api/organizations/" + org + "/units/" + middle)
                    .then().statusCode(409).body("detail", containsString("sub-units"));
        });

        given().delete("/api/organizations/" + org + "/units/" + leaf).then().statusCode(204);
        given().get("/api/organizations/" + org + "/units/" + leaf).then().statusCode(404);
        given().get("/api/organizations/" + org + "/units").then().body("[0].children.name", contains("Middle", "Other"))
                .body("[0].children[0].children", hasSize(0));
    }

    @Test
    void unitsOfAnotherOrUnknownOrganizationAreNotFound() {
        long first = createOrganization("First");
        long second = createOrganization("Second");
        long unit = createUnit(first, "Team", null);
        assertUnchangedBy(dataSource, () -> {
            given().get("/api/organizations/" + second + "/units/" + unit).then().statusCode(404);
            given().contentType(ContentType.JSON).body("{\"name\": \"Moved\"}")
                    .put("/api/organizations/" + second + "/units/" + unit).then().statusCode(404);
            given().delete("/api/organizations/" + second + "/units/" + unit).then().statusCode(404);
            given().get("/api/organizations/999999/units").then().statusCode(404)
                    .contentType("application/problem+json");
        });
    }
}
