package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Accounts as administrators manage them, and as their owners change their own password. */
@QuarkusTest
class AccountsTest {

    @Inject
    AgroalDataSource dataSource;

    static String account(String email, String role, String reach) {
        return "{\"email\": \"" + email + "\", \"name\": \"Someone\", \"role\": \"" + role + "\", \"password\": \""
                + PASSWORD + "\"" + (reach.isEmpty() ? "" : ", " + reach) + "}";
    }

    @Test
    void whatARoleReachesIsCheckedFieldByField() {
        long org = createOrganization("Accounts Ltd");
        long unit = createUnit(org, "Team", null);
        long otherUnit = createUnit(createOrganization("Elsewhere Ltd"), "Team", null);
        assertUnchangedBy(dataSource, () -> {
            asAdmin().body(account("m1@accounts.test", "MANAGER", "")).post("/api/accounts").then().statusCode(400)
                    .body("errors.field", contains("organizationId"));
            asAdmin().body(account("m2@accounts.test", "MANAGER", "\"organizationId\": " + org + ", \"unitId\": " + otherUnit))
                    .post("/api/accounts").then().statusCode(400).body("errors.field", contains("unitId"));
            asAdmin().body(account("c1@accounts.test", "CONSULTANT", "\"organizationId\": " + org + ", \"clientIds\": [987654]"))
                    .post("/api/accounts").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("organizationId", "clientIds[0]"));
            asAdmin().body(account("a1@accounts.test", "ADMINISTRATOR", "\"clientIds\": [" + org + "]"))
                    .post("/api/accounts").then().statusCode(400).body("errors.field", contains("clientIds"));
            asAdmin().body("{\"email\": \"short@accounts.test\", \"name\": \"Short\", \"role\": \"ADMINISTRATOR\","
                    + " \"password\": \"eleven char\"}").post("/api/accounts").then().statusCode(400)
                    .body("errors.field", contains("password"));
            asAdmin().body("{\"email\": \"long@accounts.test\", \"name\": \"Long\", \"role\": \"ADMINISTRATOR\","
                    + " \"password\": \"" + "é".repeat(40) + "\"}").post("/api/accounts").then().statusCode(400)
                    .body("errors.field", contains("password"));
            asAdmin().body(account("not an address", "ADMINISTRATOR", "")).post("/api/accounts").then().statusCode(400)
                    .body("errors.field", contains("email"));
            asAdmin().body(account("x@accounts.test", "OWNER", "")).post("/api/accounts").then().statusCode(400)
                    .body("errors.field", contains("role"));
        });
        createAccount("taken@accounts.test", "MANAGER", "\"organizationId\": " + org + ", \"unitId\": " + unit);
        assertUnchangedBy(dataSource, () -> asAdmin().body(account("Taken@Accounts.TEST", "ADMINISTRATOR", ""))
                .post("/api/accounts").then().statusCode(409).body("errors.field", contains("email")));
        signIn("TAKEN@accounts.test", PASSWORD);
    }

    @Test
    void anAdministratorCannotLockDemoteOrDeleteTheirOwnAccount() {
        long self = createAccount("self@accounts.test", "ADMINISTRATOR", "");
        assertUnchangedBy(dataSource, () -> {
            as("self@accounts.test", PASSWORD).body("{\"email\": \"self@accounts.test\", \"name\": \"Me\","
                    + " \"role\": \"ADMINISTRATOR\", \"locked\": true}").put("/api/accounts/" + self).then().statusCode(409);
            as("self@accounts.test", PASSWORD).body("{\"email\": \"self@accounts.test\", \"name\": \"Me\","
                    + " \"role\": \"CONSULTANT\", \"locked\": false}").put("/api/accounts/" + self).then().statusCode(409);
            as("self@accounts.test", PASSWORD).delete("/api/accounts/" + self).then().statusCode(409);
        });
        asAdmin().delete("/api/accounts/" + self).then().statusCode(204);
    }

    @Test
    void deletingAnAccountEndsItsSessionsAndTokensAndFreesItsAddress() {
        long org = createOrganization("Leaving Ltd");
        long id = createAccount("leaving@accounts.test", "CONSULTANT", "\"clientIds\": [" + org + "]");
        String session = signIn("leaving@accounts.test", PASSWORD);
        String token = given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .body("{\"name\": \"script\"}").post("/api/account/tokens").then().statusCode(201)
                .extract().jsonPath().getString("token");
        asAdmin().delete("/api/accounts/" + id).then().statusCode(204);
        given().cookie(SessionCookie.NAME, session).get("/api/account").then().statusCode(401);
        given().auth().oauth2(token).get("/api/organizations").then().statusCode(401);
        asAdmin().get("/api/accounts/" + id).then().statusCode(404);
        createAccount("leaving@accounts.test", "MANAGER", "\"organizationId\": " + org);
    }

    @Test
    void aChangeOfRoleOrReachAppliesAtOnceToOpenSessions() {
        long first = createOrganization("First client");
        long second = createOrganization("Second client");
        long id = createAccount("moving@accounts.test", "MANAGER", "\"organizationId\": " + first);
        String session = signIn("moving@accounts.test", PASSWORD);
        given().cookie(SessionCookie.NAME, session).get("/api/organizations").then().body("id", contains((int) first));
        asAdmin().body("{\"email\": \"moving@accounts.test\", \"name\": \"Moved\", \"role\": \"CONSULTANT\","
                + " \"clientIds\": [" + second + "], \"locked\": false}").put("/api/accounts/" + id).then().statusCode(200)
                .body("role", equalTo("CONSULTANT"), "clientIds", contains((int) second));
        given().cookie(SessionCookie.NAME, session).get("/api/organizations").then().body("id", contains((int) second));
        given().cookie(SessionCookie.NAME, session).get("/api/organizations/" + first).then().statusCode(404);
    }

    @Test
    void anOwnerChangesTheirPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() {
        long org = createOrganization("Password Ltd");
        createAccount("owner@accounts.test", "MANAGER", "\"organizationId\": " + org);
        String here = signIn("owner@accounts.test", PASSWORD);
        String elsewhere = signIn("owner@accounts.test", PASSWORD);
        assertUnchangedBy(dataSource, () -> given().cookie(SessionCookie.NAME, here).contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"not it at all\", \"newPassword\": \"a new long password\"}")
                .put("/api/account/password").then().statusCode(400).body("errors.field", contains("currentPassword")));
        given().cookie(SessionCookie.NAME, here).contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"a new long password\"}")
                .put("/api/account/password").then().statusCode(204);
        given().cookie(SessionCookie.NAME, here).get("/api/account").then().statusCode(200)
                .body("email", equalTo("owner@accounts.test"));
        given().cookie(SessionCookie.NAME, elsewhere).get("/api/account").then().statusCode(401);
        signIn("owner@accounts.test", "a new long password");
    }
}
