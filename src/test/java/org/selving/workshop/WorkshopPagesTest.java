package org.selving.workshop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.idAfter;
import static org.selving.testing.Pages.page;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.security.SessionCookie;
import org.selving.testing.Api;
import org.selving.testing.Forms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The live workshop pages over HTTP: the presenter screen (the one page with a script, and the only one
 * whose policy allows it), its stream, the phones' pages without any script, forms with their tokens,
 * and everything a participant sends written back escaped.
 */
@QuarkusTest
class WorkshopPagesTest {

    long org;
    long team;
    long assessment;
    String consultant;

    @BeforeEach
    void openAssessment() {
        org = createOrganization("Pages & <Workshops>");
        team = createUnit(org, "Team <one>", null);
        assessment = createAssessment(org, "\"minGroupSize\": 3, \"commentThreshold\": 3, \"segmentQuestion\": "
                + SEGMENT_QUESTION);
        open(assessment);
        String email = "facilitator-" + assessment + "@workshop.test";
        createAccount(email, "CONSULTANT", "\"clientIds\": [" + org + "]");
        consultant = signIn(email, PASSWORD);
    }

    @Test
    void aConsultantStartsASessionAndItsScreenShowsTheCodeTheQrCodeAndItsScript() {
        String location = form(consultant).formParam("unitId", String.valueOf(team))
                .post("/assessments/" + assessment + "/workshops").then().statusCode(303).extract().header("Location");
        long session = idAfter("/workshops/", location);
        String code = Api.asAdmin().get("/api/workshops/" + session).then().extract().jsonPath().getString("joinCode");

        Response screen = page(consultant).get("/workshops/" + session);
        screen.then().statusCode(200)
                .body(containsString(code))
                .body(containsString("<svg class=\"qr-code\""))
                .body(containsString("<script src=\"/workshop-screen.js\" defer></script>"))
                .body(containsString(html("Team <one>")))
                .body(containsString("Results appear once 6 people have answered"));
        String policy = screen.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("connect-src 'self'")
                && policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);

        given().get("/workshop-screen.js").then().statusCode(200).contentType(containsString("javascript"));
        // no other page may run it, not even this session's other pages
        for (String path : List.of("/workshops/" + session + "/debrief", "/assessments/" + assessment + "/workshops")) {
            String other = page(consultant).get(path).then().statusCode(200).extract().header("Content-Security-Policy");
            assertFalse(other.contains("script-src"), path + ": " + other);
        }
        page(consultant).get("/assessments/" + assessment + "/workshops").then()
                .body(containsString("href=\"/workshops/" + session + "\""));
    }

    @Test
    void aPhoneJoinsAnswersOnceAndNeverRunsAScript() {
        long session = Rooms.start(assessment, team).getLong("id");
        String code = Api.asAdmin().get("/api/workshops/" + session).then().extract().jsonPath().getString("joinCode");
        String address = Api.newClientAddress();

        Response join = phone(address, null).get("/join?code=" + code.toLowerCase());
        join.then().statusCode(200).body(containsString("value=\"" + code.toLowerCase() + "\""));
        assertNoScript(join);

        phone(address, null).get("/room").then().statusCode(303).header("Location", containsString("/join"));
        phone(address, null).formParam("code", "WRONG1").post("/join").then().statusCode(400)
                .body(containsString("This code cannot be used"));
        Response joined = phone(address, null).formParam("code", code).post("/join");
        joined.then().statusCode(303).header("Location", containsString("/room"));
        String ticket = joined.getCookie(RoomCookie.NAME);
        assertTrue(joined.getHeader("Set-Cookie").toLowerCase().contains("httponly"), joined.getHeader("Set-Cookie"));

        Response questions = phone(address, ticket).get("/room");
        questions.then().statusCode(200).body(containsString("action=\"/room/answers?lang=en\""))
                .body(containsString("nothing else: no name"));
        assertNoScript(questions);

        phone(address, ticket).formParam("answers.know_purpose", "9").post("/room/answers").then().statusCode(400)
                .body(containsString("error-summary"));
        String comment = "<script>alert('room')</script> & more";
        phone(address, ticket).formParam("answers.know_purpose", "4").formParam("segment", "staff")
                .formParam("comments.comment_strength", comment).post("/room/answers").then().statusCode(303)
                .header("Location", containsString("/room"));
        Response thanks = phone(address, ticket).get("/room");
        thanks.then().statusCode(200).body(containsString("your answers are in"));
        assertNoScript(thanks);
        phone(address, ticket).formParam("answers.know_purpose", "2").post("/room/answers").then().statusCode(409)
                .body(containsString("This phone has already answered this round"));
        phone(address, ticket).formParam("code", code).post("/join").then().statusCode(303);
        assertEquals(1, Rooms.results(session).getInt("session.answers"), "joining again gave no second answer");

        // the comment is shown at the debrief once the session ends (3 comments, the threshold) and escaped
        for (int n = 0; n < 2; n++) {
            Rooms.answer(Rooms.join(code), "now", Rooms.answers(3, 5) + ", \"comments\": {\"comment_strength\": \""
                    + "fine " + n + "\"}");
        }
        form(consultant).post("/workshops/" + session + "/end").then().statusCode(303);
        String debrief = page(consultant).get("/workshops/" + session + "/debrief").then().statusCode(200).extract()
                .asString();
        assertTrue(debrief.contains(html(comment)), "the comment, escaped");
        assertFalse(debrief.contains(comment));
        phone(address, ticket).get("/room").then().statusCode(200).body(containsString("The session has ended"));
    }

    @Test
    void theStreamSendsTheScreenThenEveryChange() throws Exception {
        long session = Rooms.start(assessment, team).getLong("id");
        String code = Api.asAdmin().get("/api/workshops/" + session).then().extract().jsonPath().getString("joinCode");
        String root = ConfigProvider.getConfig().getValue("test.url", String.class).replaceFirst("/$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "/api/workshops/" + session + "/events?lang=en"))
                .header("Cookie", SessionCookie.NAME + "=" + consultant).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String first = nextData(events);
            assertTrue(first.contains("\"count\":\"0 answers\"") && first.contains("\"results\""), first);
            for (int n = 1; n <= 6; n++) {
                Rooms.answer(Rooms.join(code), "now", Rooms.answers(1 + n % 5, n));
            }
            String latest = nextData(events);
            while (!latest.contains("\"count\":\"6 answers\"")) {
                latest = nextData(events);
            }
            assertTrue(latest.contains("Showing the first 3 answers."), "the step of 3 came with the 6th: " + latest);
        }
        // another client's consultant, or nobody, gets nothing
        String theirs = "theirs-" + session + "@workshop.test";
        createAccount(theirs, "CONSULTANT", "\"clientIds\": [" + createOrganization("Theirs " + session) + "]");
        given().cookie(SessionCookie.NAME, signIn(theirs, PASSWORD)).get("/api/workshops/" + session + "/events")
                .then().statusCode(404);
        given().get("/api/workshops/" + session + "/events").then().statusCode(401);
        page(signIn(theirs, PASSWORD)).get("/workshops/" + session).then().statusCode(404);
    }

    @Test
    void theFacilitatorRevealsTheDimensionsAndKeepsTheActionsEscaped() {
        long session = Rooms.start(assessment, team).getLong("id");
        form(consultant).formParam("dimension", "next").post("/workshops/" + session + "/reveal").then().statusCode(303);
        assertEquals(List.of("knowing_ourselves"), Api.asAdmin().get("/api/workshops/" + session).then().extract()
                .jsonPath().getList("revealed"));
        form(consultant).formParam("dimension", "nonsense").post("/workshops/" + session + "/reveal").then()
                .statusCode(400);
        form(consultant).post("/workshops/" + session + "/aim").then().statusCode(409)
                .body(containsString("The live session could not do that"));

        form(consultant).formParam("description", "Share <mistakes>").formParam("owner", "Kim & Lou")
                .formParam("dueOn", "2026-06-30").post("/workshops/" + session + "/actions").then().statusCode(303);
        form(consultant).formParam("description", "").formParam("dueOn", "soon")
                .post("/workshops/" + session + "/actions").then().statusCode(400)
                .body(containsString("not a day"));
        page(consultant).get("/workshops/" + session + "/debrief").then().statusCode(200)
                .body(containsString(html("Share <mistakes>"))).body(containsString(html("Kim & Lou")))
                .body(not(containsString("<mistakes>")));
    }

    @Test
    void aWorkshopAssessmentIsCreatedAndStartedFromOneForm() {
        page(consultant).get("/organizations/" + org + "/workshops/new").then().statusCode(200)
                .body(containsString("name=\"unitId\""));
        form(consultant).formParam("instrument", "selving").formParam("title", "").formParam("minGroupSize", "3")
                .formParam("unitId", String.valueOf(team)).post("/organizations/" + org + "/workshops").then()
                .statusCode(400).body(containsString("error-summary"));
        String location = form(consultant).formParam("instrument", "selving").formParam("title", "Offsite")
                .formParam("minGroupSize", "4").formParam("unitId", String.valueOf(team))
                .post("/organizations/" + org + "/workshops").then().statusCode(303).extract().header("Location");
        page(consultant).get(location).then().statusCode(200).body(containsString("Offsite"));
    }

    private static RequestSpecification phone(String address, String ticket) {
        RequestSpecification request = Forms.withCsrf(given().accept(ContentType.HTML).header("Accept-Language", "en")
                .redirects().follow(false).header("X-Forwarded-For", address));
        return ticket == null ? request : request.cookie(RoomCookie.NAME, ticket);
    }

    private static void assertNoScript(Response page) {
        String policy = page.header("Content-Security-Policy");
        assertFalse(policy.contains("script-src"), policy);
        assertFalse(page.asString().contains("<script"), "a participant's page has a script");
    }

    private static String nextData(BufferedReader events) throws java.io.IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data:")) {
                return line.substring("data:".length());
            }
        }
        throw new AssertionError("the stream ended");
    }
}
