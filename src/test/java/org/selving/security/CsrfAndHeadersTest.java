package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Api;
import org.selving.testing.Endpoints;
import org.selving.testing.Forms;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Cross-site request forgery and the headers that keep pages from being framed, sniffed, scripted or
 * cached. Every HTML form that changes something is found in the OpenAPI document and sent without
 * its token and with a wrong one; the JSON API is sent what a page of another site could send.
 */
@QuarkusTest
class CsrfAndHeadersTest {

    @Inject
    AgroalDataSource dataSource;

    static Tenants tenants;
    static String adminSession;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("csrf");
            createAccount("csrf-admin@csrf.test", "ADMINISTRATOR", "");
            adminSession = signIn("csrf-admin@csrf.test", PASSWORD);
        }
    }

    /** Every form: the POSTs outside /api, each with what makes it acceptable but for its token. */
    @Test
    void everyFormIsRefusedWithoutItsTokenOrWithAWrongOne() {
        Map<String, Map<String, String>> fields = Map.ofEntries(
                Map.entry("/", Map.of("code", "ZZZZ-ZZZZ-ZZZZ")),
                Map.entry("/respond/{code}/questions", Map.of("answers.know_purpose", "4")),
                Map.entry("/respond/open/{assessmentId}/questions", Map.of("unitId", String.valueOf(tenants.north()),
                        "answers.know_purpose", "4")),
                Map.entry("/login", Map.of("email", tenants.managerA(), "password", PASSWORD)),
                Map.entry("/logout", Map.of()),
                Map.entry("/admin/accounts", Map.of("email", "forged@csrf.test", "name", "Forged", "role", "ADMINISTRATOR",
                        "password", PASSWORD)),
                Map.entry("/admin/accounts/{id}", Map.of("email", tenants.managerA(), "name", "Forged", "role", "ADMINISTRATOR")),
                Map.entry("/admin/accounts/{id}/password", Map.of("password", "forged password!")),
                Map.entry("/admin/accounts/{id}/delete", Map.of()),
                Map.entry("/organizations", Map.of("name", "Forged")),
                Map.entry("/organizations/{orgId}/units", Map.of("name", "Forged")),
                Map.entry("/organizations/{orgId}/units/{unitId}", Map.of("name", "Forged")),
                Map.entry("/organizations/{orgId}/assessments", Map.of("instrument", "selving", "title", "Forged")),
                Map.entry("/assessments/{id}/open", Map.of()),
                Map.entry("/assessments/{id}/close", Map.of()),
                Map.entry("/assessments/{id}/pairing", Map.of("pairedAssessmentId", "")),
                Map.entry("/assessments/{id}/access-codes", Map.of("unitId", String.valueOf(tenants.north()), "count", "1")),
                Map.entry("/assessments/{id}/imports", Map.of()),
                Map.entry("/assessments/{id}/workshops", Map.of("unitId", String.valueOf(tenants.north()))),
                Map.entry("/organizations/{orgId}/workshops", Map.of("instrument", "selving", "title", "Forged",
                        "minGroupSize", "5", "unitId", String.valueOf(tenants.north()))),
                Map.entry("/workshops/{session}/close-round", Map.of()),
                Map.entry("/workshops/{session}/aim", Map.of()),
                Map.entry("/workshops/{session}/close-aim", Map.of()),
                Map.entry("/workshops/{session}/end", Map.of()),
                Map.entry("/workshops/{session}/reveal", Map.of("dimension", "all")),
                Map.entry("/workshops/{session}/gap", Map.of("show", "true")),
                Map.entry("/workshops/{session}/actions", Map.of("description", "Forged")),
                Map.entry("/workshops/{session}/actions/{actionId}/delete", Map.of()),
                Map.entry("/join", Map.of("code", "ZZZZZZ")),
                Map.entry("/room/answers", Map.of("answers.know_purpose", "4")),
                Map.entry("/room/aims", Map.of("answers.know_purpose", "4")),
                Map.entry("/assessments/{id}/participants", Map.of()),
                Map.entry("/assessments/{id}/participants/delete", Map.of()),
                Map.entry("/assessments/{id}/invitations/settings", Map.of("maxReminders", "0", "gapDays", "1")),
                Map.entry("/assessments/{id}/invitations/reminders", Map.of()),
                Map.entry("/unsubscribe/{token}", Map.of()));
        TreeSet<String> forms = new TreeSet<>();
        Endpoints.all().stream().filter(e -> e.startsWith("POST ") && !e.startsWith("POST /api"))
                .forEach(e -> forms.add(e.substring("POST ".length()).replace("/workshops/{id}", "/workshops/{session}")));
        assertEquals(forms, new TreeSet<>(fields.keySet()), "every form of the application is tried here");
        long liveSession = asAdmin().body("{\"unitId\": " + tenants.north() + "}")
                .post("/api/assessments/" + tenants.assessmentA() + "/workshops").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long action = asAdmin().body("{\"description\": \"Kept\"}").post("/api/workshops/" + liveSession + "/actions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String ticket = asAdmin().body("{\"code\": \"" + asAdmin().get("/api/workshops/" + liveSession).then().extract()
                .jsonPath().getString("joinCode") + "\"}").post("/api/workshops/join").then().statusCode(201).extract()
                .jsonPath().getString("ticket");

        long target = Api.createAccount("csrf-target@csrf.test", "MANAGER", "\"organizationId\": " + tenants.orgA());
        String code = issueCodes(tenants.assessmentA(), tenants.north(), 1).get(0);
        String session = signIn(tenants.managerA(), PASSWORD);
        String consultant = signIn(tenants.consultantA(), PASSWORD);
        for (Map.Entry<String, Map<String, String>> form : fields.entrySet()) {
            boolean console = form.getKey().startsWith("/organizations") || form.getKey().startsWith("/assessments")
                    || form.getKey().startsWith("/workshops");
            String path = form.getKey().replace("{code}", code).replace("{assessmentId}", String.valueOf(tenants.assessmentA()))
                    .replace("{session}", String.valueOf(liveSession)).replace("{actionId}", String.valueOf(action))
                    .replace("{orgId}", String.valueOf(tenants.orgA())).replace("{unitId}", String.valueOf(tenants.south()))
                    .replace("{token}", "forged-token")
                    .replace("{id}", String.valueOf(console ? tenants.assessmentA() : target));
            for (boolean withWrongToken : List.of(false, true)) {
                assertUnchangedBy(dataSource, () -> {
                    RequestSpecification request = given().accept(ContentType.HTML).redirects().follow(false)
                            .header("X-Forwarded-For", Api.newClientAddress())
                            .cookie(SessionCookie.NAME, path.startsWith("/admin") ? adminSession : console ? consultant : session);
                    if (withWrongToken) {
                        request.cookie(Forms.CSRF_COOKIE, "AAAAAAAAAAAAAAAAAAAAAA").formParam(Forms.CSRF_FIELD,
                                "BBBBBBBBBBBBBBBBBBBBBB");
                    }
                    if (path.startsWith("/room")) {
                        request.cookie(org.selving.workshop.RoomCookie.NAME, ticket);
                    }
                    if (path.endsWith("/imports")) {
                        request.multiPart("file", "forged.csv", "unit\nNorth\n".getBytes(StandardCharsets.UTF_8), "text/csv");
                    }
                    if (path.endsWith("/participants")) {
                        request.multiPart("file", "forged.csv", "email,unit\nforged@csrf.test,North\n"
                                .getBytes(StandardCharsets.UTF_8), "text/csv");
                    }
                    form.getValue().forEach(request::formParam);
                    request.post(path).then().statusCode(400)
                            .body(containsString("<h1>This form has expired</h1>"));
                });
            }
        }
        given().cookie(SessionCookie.NAME, session).get("/api/account").then().statusCode(200)
                .body("name", not(equalTo("Forged")));
    }

    @Test
    void theJsonApiTakesNoWriteThatAPageOfAnotherSiteCouldSend() {
        long assessment = tenants.assessmentA();
        String consultant = signIn(tenants.consultantA(), PASSWORD);
        assertUnchangedBy(dataSource, () -> {
            // what a cross-site form or a "simple" fetch can send: no body type, text/plain, a form
            given().cookie(SessionCookie.NAME, consultant).post("/api/assessments/" + assessment + "/close")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("Content-Type: application/json"));
            given().cookie(SessionCookie.NAME, consultant).contentType("text/plain").body("{}")
                    .post("/api/assessments/" + assessment + "/close").then().statusCode(403);
            given().cookie(SessionCookie.NAME, consultant).contentType(ContentType.URLENC).formParam("x", "1")
                    .post("/api/assessments/" + assessment + "/close").then().statusCode(403);
            given().cookie(SessionCookie.NAME, consultant).contentType(ContentType.URLENC).formParam("name", "Forged")
                    .post("/api/organizations").then().statusCode(415);
            given().cookie(SessionCookie.NAME, consultant).delete("/api/session").then().statusCode(403);
        });
        given().cookie(SessionCookie.NAME, consultant).get("/api/account").then().statusCode(200);

        // a script cannot add an Authorization header cross-site without CORS, so a token needs no more
        String token = given().cookie(SessionCookie.NAME, consultant).contentType(ContentType.JSON)
                .body("{\"name\": \"csrf\"}").post("/api/account/tokens").then().statusCode(201)
                .extract().jsonPath().getString("token");
        given().auth().oauth2(token).contentType("text/plain").post("/api/assessments/" + assessment + "/close")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        String code = issueCodes(tenants.assessmentB(), tenants.teamB(), 1).get(0);
        List<Response> responses = List.of(
                given().get("/"),
                given().get("/login"),
                given().get("/respond/" + code + "/questions"),
                given().accept(ContentType.HTML).get("/no/such/page"),
                given().accept(ContentType.HTML).redirects().follow(false).get("/home"),
                given().get("/api/organizations"),
                asAdmin().get("/api/organizations"),
                given().get("/selving.css"));
        for (Response response : responses) {
            response.then()
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
            String policy = response.header("Content-Security-Policy");
            assertTrue(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'")
                    && policy.contains("form-action 'self'"), policy);
            assertFalse(policy.contains("script-src") || policy.contains("unsafe"), "no script may run: " + policy);
            assertFalse(response.asString().contains("<script"), "no page has a script");
        }
        for (Response response : responses.subList(0, responses.size() - 1)) {
            response.then().header("Cache-Control", "no-store");
        }
    }
}
