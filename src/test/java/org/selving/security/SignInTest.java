package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.StoredData.count;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.testing.Forms;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Signing in and out, as an attacker would try them: wrong passwords, unknown addresses and locked
 * accounts that cannot be told apart, guessing until the lockout, a session id planted before sign-in,
 * a cookie kept after signing out, sessions that outlive their time, API tokens that were revoked.
 */
@QuarkusTest
class SignInTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    /** A new manager account of a new organization; its email. */
    static String newAccount() {
        long org = createOrganization("Sign-in " + ACCOUNTS.incrementAndGet());
        String email = "signin-" + ACCOUNTS.incrementAndGet() + "@signin.test";
        createAccount(email, "MANAGER", "\"organizationId\": " + org);
        return email;
    }

    static Response apiSignIn(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}").post("/api/session");
    }

    static Response pageSignIn(String email, String password) {
        return Forms.withCsrf(given().accept(ContentType.HTML).redirects().follow(false))
                .formParam("email", email).formParam("password", password).post("/login");
    }

    @Test
    void aWrongPasswordAnUnknownAddressAndALockedAccountAreRefusedAlike() {
        String wrong = newAccount();
        String locked = newAccount();
        long lockedId = accountId(locked);
        asAdmin().body("{\"email\": \"" + locked + "\", \"name\": \"Locked\", \"role\": \"MANAGER\", \"organizationId\": "
                + organizationOf(lockedId) + ", \"locked\": true}").put("/api/accounts/" + lockedId).then().statusCode(200);

        List<Response> api = List.of(apiSignIn(wrong, "not the password"), apiSignIn("nobody@signin.test", PASSWORD),
                apiSignIn(locked, PASSWORD));
        for (Response refused : api) {
            refused.then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
            assertNull(refused.getCookie(SessionCookie.NAME), "no session for a refused sign-in");
            assertEquals(api.get(0).asString(), refused.asString(), "the same answer whatever the reason");
        }

        List<String> pages = List.of(wrong, "nobody@signin.test", locked).stream()
                .map(email -> pageSignIn(email, email.equals(wrong) ? "not the password" : PASSWORD)
                        .then().statusCode(400).extract().asString().replace(email, "EMAIL"))
                .toList();
        assertEquals(pages.get(0), pages.get(1));
        assertEquals(pages.get(0), pages.get(2));
        assertTrue(pages.get(0).contains("The email address or the password is wrong, or the account is locked."));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        String email = newAccount();
        for (int attempt = 0; attempt < 5; attempt++) {
            apiSignIn(email, "guess number " + attempt).then().statusCode(401);
        }
        apiSignIn(email, PASSWORD).then().statusCode(401);
        long id = accountId(email);
        asAdmin().get("/api/accounts/" + id).then().body("lockedUntil", notNullValue());

        asAdmin().body("{\"email\": \"" + email + "\", \"name\": \"Unlocked\", \"role\": \"MANAGER\", \"organizationId\": "
                + organizationOf(id) + ", \"locked\": false}").put("/api/accounts/" + id).then().statusCode(200);
        apiSignIn(email, PASSWORD).then().statusCode(200).body("email", equalTo(email));
    }

    @Test
    void signingInAlwaysStartsANewSessionSoAPlantedOneIsWorthless() {
        String email = newAccount();
        String planted = "planted-by-someone-else-0123456789abcdefghij";
        Response page = Forms.withCsrf(given().accept(ContentType.HTML).redirects().follow(false))
                .cookie(SessionCookie.NAME, planted).formParam("email", email).formParam("password", PASSWORD)
                .post("/login");
        page.then().statusCode(303).header("Location", endsWith("/home"));
        String issued = page.getCookie(SessionCookie.NAME);
        assertNotNull(issued);
        assertNotEquals(planted, issued);
        given().cookie(SessionCookie.NAME, planted).get("/api/account").then().statusCode(401);
        given().cookie(SessionCookie.NAME, issued).get("/api/account").then().statusCode(200).body("email", equalTo(email));

        // signing in again with a live session replaces it: the old id no longer opens anything
        Response again = given().cookie(SessionCookie.NAME, issued).contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}").post("/api/session");
        String renewed = again.then().statusCode(200).extract().cookie(SessionCookie.NAME);
        assertNotEquals(issued, renewed);
        given().cookie(SessionCookie.NAME, issued).get("/api/account").then().statusCode(401);
        given().cookie(SessionCookie.NAME, renewed).get("/api/account").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        String email = newAccount();
        String session = signIn(email, PASSWORD);
        given().cookie(SessionCookie.NAME, session).accept(ContentType.HTML).get("/home").then().statusCode(200);

        Forms.withCsrf(given().cookie(SessionCookie.NAME, session).accept(ContentType.HTML).redirects().follow(false))
                .post("/logout").then().statusCode(303).header("Location", endsWith("/login?signedOut=true"))
                .cookie(SessionCookie.NAME, "");
        given().cookie(SessionCookie.NAME, session).get("/api/account").then().statusCode(401);
        given().cookie(SessionCookie.NAME, session).accept(ContentType.HTML).redirects().follow(false).get("/home")
                .then().statusCode(303).header("Location", endsWith("/login?next=%2Fhome"));
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM login_session WHERE token_hash = ?", sha256(session)));

        String api = signIn(email, PASSWORD);
        given().cookie(SessionCookie.NAME, api).contentType(ContentType.JSON).delete("/api/session").then().statusCode(204);
        given().cookie(SessionCookie.NAME, api).get("/api/account").then().statusCode(401);
    }

    @Test
    void theCookieIsHttpOnlySameSiteAndSecureBehindTls() {
        String email = newAccount();
        String plain = sessionCookieHeader(apiSignIn(email, PASSWORD));
        assertTrue(plain.contains("HTTPOnly") || plain.contains("HttpOnly"), plain);
        assertTrue(plain.contains("SameSite=Lax"), plain);
        assertTrue(!plain.contains("Secure"), "not Secure over plain HTTP: " + plain);
        String tls = sessionCookieHeader(given().header("X-Forwarded-Proto", "https").contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}").post("/api/session"));
        assertTrue(tls.contains("Secure"), "Secure behind a proxy that terminated TLS: " + tls);
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheSession() {
        String session = signIn(newAccount(), PASSWORD);
        assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM login_session WHERE token_hash = ?", sha256(session)));
    }

    @Test
    void aSessionEndsWhenIdleTooLongOrPastItsLifetime() {
        String idle = signIn(newAccount(), PASSWORD);
        update("UPDATE login_session SET last_seen_at = last_seen_at - INTERVAL '31' MINUTE WHERE token_hash = ?", idle);
        given().cookie(SessionCookie.NAME, idle).get("/api/account").then().statusCode(401);
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM login_session WHERE token_hash = ?", sha256(idle)),
                "an idle session is deleted when next presented");

        String old = signIn(newAccount(), PASSWORD);
        update("UPDATE login_session SET expires_at = CURRENT_TIMESTAMP WHERE token_hash = ?", old);
        given().cookie(SessionCookie.NAME, old).get("/api/account").then().statusCode(401);
    }

    @Test
    void lockingAnAccountOrResettingItsPasswordEndsItsSessions() {
        String email = newAccount();
        long id = accountId(email);
        String session = signIn(email, PASSWORD);
        asAdmin().body("{\"password\": \"a brand new password\"}").post("/api/accounts/" + id + "/password")
                .then().statusCode(204);
        given().cookie(SessionCookie.NAME, session).get("/api/account").then().statusCode(401);
        apiSignIn(email, PASSWORD).then().statusCode(401);
        String renewed = signIn(email, "a brand new password");

        asAdmin().body("{\"email\": \"" + email + "\", \"name\": \"Locked\", \"role\": \"MANAGER\", \"organizationId\": "
                + organizationOf(id) + ", \"locked\": true}").put("/api/accounts/" + id).then().statusCode(200);
        given().cookie(SessionCookie.NAME, renewed).get("/api/account").then().statusCode(401);
    }

    @Test
    void apiTokensActAsTheirAccountUntilRevokedOrExpired() {
        String email = newAccount();
        String session = signIn(email, PASSWORD);
        Response created = given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .body("{\"name\": \"nightly report\"}").post("/api/account/tokens");
        created.then().statusCode(201).body("details.name", equalTo("nightly report"));
        String token = created.jsonPath().getString("token");
        long tokenId = created.jsonPath().getLong("details.id");
        assertTrue(token.startsWith("slv_"), token);

        given().auth().oauth2(token).get("/api/account").then().statusCode(200).body("email", equalTo(email));
        given().cookie(SessionCookie.NAME, session).get("/api/account/tokens").then()
                .body("name", contains("nightly report"), "token", everyItem(nullValue()));
        assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM api_token WHERE token_hash = ?", sha256(token)),
                "only its hash is stored");

        // another account cannot revoke it, and is told it does not exist
        String other = signIn(newAccount(), PASSWORD);
        given().cookie(SessionCookie.NAME, other).contentType(ContentType.JSON).delete("/api/account/tokens/" + tokenId)
                .then().statusCode(404);
        given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON).delete("/api/account/tokens/" + tokenId)
                .then().statusCode(204);
        given().auth().oauth2(token).get("/api/account").then().statusCode(401);

        String expiring = given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .body("{\"name\": \"short\", \"expiresInDays\": 1}").post("/api/account/tokens").then().statusCode(201)
                .extract().jsonPath().getString("token");
        given().auth().oauth2(expiring).get("/api/account").then().statusCode(200);
        update("UPDATE api_token SET expires_at = CURRENT_TIMESTAMP WHERE token_hash = ?", expiring);
        given().auth().oauth2(expiring).get("/api/account").then().statusCode(401);
        given().auth().oauth2("slv_made-up").get("/api/account").then().statusCode(401);
    }

    @Test
    void aSignInPageLeadsBackToThePageThatAskedButNeverElsewhere() {
        String email = newAccount();
        for (String next : List.of("//evil.example/steal", "https://evil.example/", "/\\evil.example")) {
            Forms.withCsrf(given().accept(ContentType.HTML).redirects().follow(false)).formParam("email", email)
                    .formParam("password", PASSWORD).formParam("next", next).post("/login")
                    .then().statusCode(303).header("Location", endsWith("/home"));
        }
        Forms.withCsrf(given().accept(ContentType.HTML).redirects().follow(false)).formParam("email", email)
                .formParam("password", PASSWORD).formParam("next", "/organizations/1?lang=fr").post("/login")
                .then().statusCode(303).header("Location", endsWith("/organizations/1?lang=fr"));
    }

    private static String sessionCookieHeader(Response signedIn) {
        signedIn.then().statusCode(200);
        return signedIn.headers().getValues("Set-Cookie").stream().filter(h -> h.startsWith(SessionCookie.NAME + "="))
                .findFirst().orElseThrow();
    }

    private long accountId(String email) {
        return count(dataSource, "SELECT id FROM account WHERE email = ?", email);
    }

    private long organizationOf(long accountId) {
        return count(dataSource, "SELECT organization_id FROM account WHERE id = ?", accountId);
    }

    private void update(String sql, String secret) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setBytes(1, sha256(secret));
            assertEquals(1, statement.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
