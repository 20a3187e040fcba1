package org.selving.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;
import org.selving.testing.StoredAnswers;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One tenant's ids in another tenant's requests, in paths and in bodies, and a manager limited to a
 * unit asking for its parent, a sibling or the whole organization: what does not belong to the caller
 * is answered exactly like what does not exist, so not even its existence shows.
 */
@QuarkusTest
class TenantIsolationTest {

    /** An id no organization, unit or assessment has. */
    static final long NOWHERE = 987_654_321L;

    static Tenants t;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    @BeforeEach
    void tenants() {
        if (t == null) {
            t = Tenants.create("isolation");
        }
    }

    static RequestSpecification consultantB() {
        return as(t.consultantB(), PASSWORD);
    }

    /** Asserts that another tenant's id is answered word for word as an id that exists nowhere. */
    static void assertAnsweredAsNowhere(String nowhere, Response foreign, long foreignId) {
        assertEquals(nowhere.replace(String.valueOf(NOWHERE), String.valueOf(foreignId)),
                foreign.then().extract().asString());
    }

    @Test
    void anotherTenantsIdsInPathsAreAnsweredLikeIdsThatDoNotExist() {
        List<String> paths = List.of("/api/organizations/%d", "/api/organizations/%d/units",
                "/api/organizations/%d/assessments", "/api/organizations/" + t.orgA() + "/units/%d",
                "/api/assessments/%d", "/api/assessments/%d/questionnaire", "/api/assessments/%d/access-codes",
                "/api/assessments/%d/imports");
        List<Long> foreign = List.of(t.orgA(), t.orgA(), t.orgA(), t.north(), t.assessmentA(), t.assessmentA(),
                t.assessmentA(), t.assessmentA());
        assertUnchangedBy(dataSource, () -> {
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                long id = foreign.get(i);
                String missing = consultantB().get(path.formatted(NOWHERE)).then().statusCode(404).extract().asString();
                assertAnsweredAsNowhere(missing, consultantB().get(path.formatted(id)), id);
            }
            // and the same for changes
            String missing = consultantB().body("{\"name\": \"Mine now\"}").put("/api/organizations/" + NOWHERE)
                    .then().statusCode(404).extract().asString();
            assertAnsweredAsNowhere(missing, consultantB().body("{\"name\": \"Mine now\"}")
                    .put("/api/organizations/" + t.orgA()), t.orgA());
            String notOpened = consultantB().post("/api/assessments/" + NOWHERE + "/close").then().statusCode(404)
                    .extract().asString();
            assertAnsweredAsNowhere(notOpened, consultantB().post("/api/assessments/" + t.assessmentA() + "/close"),
                    t.assessmentA());
            consultantB().delete("/api/organizations/" + t.orgA() + "/units/" + t.south()).then().statusCode(404);
            consultantB().contentType("text/csv").body("unit\nNorth\n").post("/api/assessments/" + t.assessmentA() + "/imports")
                    .then().statusCode(404);
        });
        as(t.managerA(), PASSWORD).get("/api/assessments/" + t.assessmentB()).then().statusCode(404);
    }

    @Test
    void anotherTenantsIdsInBodiesAreRefusedLikeIdsThatDoNotExist() {
        RequestSpecification consultantA = as(t.consultantA(), PASSWORD);
        assertUnchangedBy(dataSource, () -> {
            String codesNowhere = consultantA.body("{\"unitId\": " + NOWHERE + ", \"count\": 1}")
                    .post("/api/assessments/" + t.assessmentA() + "/access-codes").then().statusCode(400).extract().asString();
            assertAnsweredAsNowhere(codesNowhere, as(t.consultantA(), PASSWORD)
                    .body("{\"unitId\": " + t.teamB() + ", \"count\": 1}")
                    .post("/api/assessments/" + t.assessmentA() + "/access-codes"), t.teamB());

            String parentNowhere = as(t.consultantA(), PASSWORD).body("{\"name\": \"Moved\", \"parentId\": " + NOWHERE + "}")
                    .post("/api/organizations/" + t.orgA() + "/units").then().statusCode(400).extract().asString();
            assertAnsweredAsNowhere(parentNowhere, as(t.consultantA(), PASSWORD)
                    .body("{\"name\": \"Moved\", \"parentId\": " + t.teamB() + "}")
                    .post("/api/organizations/" + t.orgA() + "/units"), t.teamB());
            String moveNowhere = as(t.consultantA(), PASSWORD).body("{\"name\": \"North\", \"parentId\": " + NOWHERE + "}")
                    .put("/api/organizations/" + t.orgA() + "/units/" + t.north()).then().statusCode(400).extract().asString();
            assertAnsweredAsNowhere(moveNowhere, as(t.consultantA(), PASSWORD)
                    .body("{\"name\": \"North\", \"parentId\": " + t.teamB() + "}")
                    .put("/api/organizations/" + t.orgA() + "/units/" + t.north()), t.teamB());
        });
    }

    @Test
    void eachCallerListsOnlyTheirOwnOrganizations() {
        as(t.consultantA(), PASSWORD).get("/api/organizations").then().statusCode(200)
                .body("id", contains((int) t.orgA()));
        as(t.managerA(), PASSWORD).get("/api/organizations").then().body("id", contains((int) t.orgA()));
        as(t.northManagerA(), PASSWORD).get("/api/organizations").then().body("id", contains((int) t.orgA()));

        // a consultant's new organization is theirs, and nobody else's
        long created = as(t.consultantB(), PASSWORD).body("{\"name\": \"B's new client\"}").post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(t.consultantB(), PASSWORD).get("/api/organizations").then()
                .body("id", containsInAnyOrder((int) t.orgB(), (int) created));
        as(t.consultantA(), PASSWORD).get("/api/organizations/" + created).then().statusCode(404);
        asAdmin().get("/api/accounts").then().body("find { it.email == '" + t.consultantB() + "' }.clientIds",
                containsInAnyOrder((int) t.orgB(), (int) created));
    }

    @Test
    void aManagerLimitedToATeamSeesNeitherItsParentNorItsSiblingsNorTheWholeTree() {
        RequestSpecification north = as(t.northManagerA(), PASSWORD);
        north.get("/api/organizations/" + t.orgA() + "/units").then().statusCode(200)
                .body("name", contains("North"), "[0].path", equalTo("North"), "[0].children", equalTo(List.of()));
        as(t.northManagerA(), PASSWORD).get("/api/organizations/" + t.orgA() + "/units/" + t.north()).then()
                .statusCode(200).body("path", equalTo("North"));
        long below = createUnit(t.orgA(), "Night shift", t.north());
        as(t.northManagerA(), PASSWORD).get("/api/organizations/" + t.orgA() + "/units/" + below).then()
                .statusCode(200).body("path", equalTo("North / Night shift"));

        String missing = as(t.northManagerA(), PASSWORD).get("/api/organizations/" + t.orgA() + "/units/" + NOWHERE)
                .then().statusCode(404).extract().asString();
        for (long other : List.of(t.ops(), t.south(), t.sales())) {
            assertAnsweredAsNowhere(missing, as(t.northManagerA(), PASSWORD)
                    .get("/api/organizations/" + t.orgA() + "/units/" + other), other);
        }
        // the organization itself exists for them (its name heads their pages), its tree beyond North does not
        as(t.northManagerA(), PASSWORD).get("/api/organizations/" + t.orgA()).then().statusCode(200);
        as(t.managerA(), PASSWORD).get("/api/organizations/" + t.orgA() + "/units").then()
                .body("name", contains("Ops", "Sales"));
    }

    @Test
    void aManagerLimitedToATeamGetsReportsOfThatTeamOnly() {
        long closed = createAssessment(t.orgA(), "\"minGroupSize\": 5, \"commentThreshold\": 5");
        open(closed);
        StoredAnswers.store(store, closed, catalog.find("selving").orElseThrow().items().size(),
                List.of(t.north(), t.south(), t.sales()), 6, unit -> unit == t.north() ? "Said in North" : "Said elsewhere");
        close(closed);
        String report = "/api/assessments/" + closed + "/report";

        // the whole organization is not theirs: asked without a unit, the report is North's
        as(t.northManagerA(), PASSWORD).get(report).then().statusCode(200)
                .body("scope.unitId", equalTo((int) t.north()), "scope.ancestors", equalTo(List.of()),
                        "figures.value.respondents", equalTo(6));
        String json = as(t.northManagerA(), PASSWORD).get(report).then().extract().asString();
        assertTrue(json.contains("Said in North") && !json.contains("Said elsewhere") && !json.contains("\"South\"")
                && !json.contains("\"Sales\""), json);
        String csv = as(t.northManagerA(), PASSWORD).get(report + ".csv").then().statusCode(200).extract().asString();
        assertTrue(!csv.contains("South") && !csv.contains("Sales") && !csv.contains("Said elsewhere"), csv);
        // a manager of the whole organization reads it all
        as(t.managerA(), PASSWORD).get(report).then().body("scope.unitId", equalTo(null),
                "figures.value.respondents", equalTo(18));

        // the parent, a sibling, a unit elsewhere: not there for them, worded as a unit that exists nowhere
        String nowhere = as(t.northManagerA(), PASSWORD).get(report + "?unit=" + NOWHERE).then().statusCode(404)
                .extract().asString();
        for (long other : List.of(t.ops(), t.south(), t.sales())) {
            assertAnsweredAsNowhere(nowhere, as(t.northManagerA(), PASSWORD).get(report + "?unit=" + other), other);
        }
        as(t.northManagerA(), PASSWORD).get("/api/assessments/" + closed + "/responses.csv").then().statusCode(403);
        // and an open assessment's organization-wide figures are not theirs either
        as(t.northManagerA(), PASSWORD).get("/api/assessments/" + t.assessmentA() + "/report").then().statusCode(409);
        as(t.managerA(), PASSWORD).get("/api/assessments/" + t.assessmentA() + "/report").then().statusCode(200);
    }

    @Test
    void aUnitAManagerIsLimitedToIsNotDeletedFromUnderThem() {
        long leaf = createUnit(t.orgA(), "Temporary", t.ops());
        org.selving.testing.Api.createAccount("leaf-manager@isolation.test", "MANAGER",
                "\"organizationId\": " + t.orgA() + ", \"unitId\": " + leaf);
        assertUnchangedBy(dataSource, () -> as(t.consultantA(), PASSWORD)
                .delete("/api/organizations/" + t.orgA() + "/units/" + leaf).then().statusCode(409));
    }
}
