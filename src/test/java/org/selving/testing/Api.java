package org.selving.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.selving.security.SessionCookie;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Builds what a test needs through the real HTTP API, failing loudly when a step is refused; and the
 * callers tests act as: the test administrator, any account, or a respondent from a client address of
 * its own.
 */
public final class Api {

    /** Staff / manager / senior leader, in both languages of the shipped questionnaires. */
    public static final String SEGMENT_QUESTION = """
            {"text": {"en": "Your position", "fr": "Votre position"},
             "options": [
               {"key": "staff", "label": {"en": "Staff", "fr": "Personnel"}},
               {"key": "manager", "label": {"en": "Manager", "fr": "Cadre"}},
               {"key": "senior", "label": {"en": "Senior leader", "fr": "Direction"}}]}""";

    /**
     * The administrator created on start from {@code selving.admin.*}: the test profile's values in
     * application.properties, and what {@link PackagedApp} starts the packaged app with.
     */
    public static final String ADMIN_EMAIL = "admin@selving.test";
    public static final String ADMIN_PASSWORD = "test-administrator";

    /** The password of every account the tests create with {@link #createAccount}. */
    public static final String PASSWORD = "correct horse battery";
    /** The organizations the sample creates on a fresh database: the sample itself and its consultant's other clients. */
    public static final int SAMPLE_ORGANIZATIONS = 5;

    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Api() {
    }

    /** Requests as the administrator created on start, sending JSON. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Requests signed in as this account (signed in once, then the session is reused), sending JSON. */
    public static RequestSpecification as(String email, String password) {
        String session = SESSIONS.computeIfAbsent(email, e -> signIn(email, password));
        return given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON);
    }

    /**
     * Forgets the sessions signed in so far: a test that starts an application of its own (the packaged
     * app) must not send another application's session cookies, nor leave its own to the next test.
     */
    public static void forgetSessions() {
        SESSIONS.clear();
    }

    /** Signs in through {@code POST /api/session}; returns the session cookie's value. */
    public static String signIn(String email, String password) {
        return signIn(given(), email, password);
    }

    /** Signs in on the app at {@code baseUrl} (a packaged app of its own). */
    public static String signIn(String baseUrl, String email, String password) {
        return signIn(given().baseUri(baseUrl), email, password);
    }

    private static String signIn(RequestSpecification request, String email, String password) {
        return request.contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}")
                .post("/api/session").then().statusCode(200).extract().cookie(SessionCookie.NAME);
    }

    /**
     * Requests from a client address of their own ({@code X-Forwarded-For}; the test profile trusts it as
     * from a proxy), so the code-entry throttle counts their bad codes apart from other tests'.
     */
    public static RequestSpecification client() {
        return given().header("X-Forwarded-For", newClientAddress());
    }

    public static String newClientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /**
     * An account made by the administrator, with {@link #PASSWORD}.
     *
     * @param reach the role's JSON fields, e.g. {@code "organizationId": 3} or {@code "clientIds": [3]}
     */
    public static long createAccount(String email, String role, String reach) {
        return asAdmin().body("{\"email\": \"" + email + "\", \"name\": \"" + email + "\", \"role\": \"" + role
                + "\", \"password\": \"" + PASSWORD + "\"" + (reach.isBlank() ? "" : ", " + reach) + "}")
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createOrganization(String name) {
        return asAdmin().body("{\"name\": \"" + name + "\"}")
                .post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createUnit(long orgId, String name, Long parentId) {
        return asAdmin().body("{\"name\": \"" + name + "\", \"parentId\": " + parentId + "}")
                .post("/api/organizations/" + orgId + "/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft of the selving questionnaire; {@code extraSettings} is added to the JSON object, e.g. {@code "openLink": true}. */
    public static long createAssessment(long orgId, String extraSettings) {
        String body = "{\"instrument\": \"selving\", \"title\": \"Spring check\""
                + (extraSettings.isBlank() ? "" : ", " + extraSettings) + "}";
        return asAdmin().body(body)
                .post("/api/organizations/" + orgId + "/assessments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * A draft of the mirror questionnaire (outsiders answering about the organization), paired with
     * the internal assessment {@code pairedWith} when it is not {@code null}; {@code extraSettings}
     * as for {@link #createAssessment}.
     */
    public static long createMirrorAssessment(long orgId, Long pairedWith, String extraSettings) {
        String body = "{\"instrument\": \"selving_mirror\", \"title\": \"Outside view\", \"pairedAssessmentId\": "
                + pairedWith + (extraSettings.isBlank() ? "" : ", " + extraSettings) + "}";
        return asAdmin().body(body)
                .post("/api/organizations/" + orgId + "/assessments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void open(long assessmentId) {
        asAdmin().post("/api/assessments/" + assessmentId + "/open").then().statusCode(200);
    }

    public static void close(long assessmentId) {
        asAdmin().post("/api/assessments/" + assessmentId + "/close").then().statusCode(200);
    }

    public static List<String> issueCodes(long assessmentId, long unitId, int count) {
        return asAdmin().body("{\"unitId\": " + unitId + ", \"count\": " + count + "}")
                .post("/api/assessments/" + assessmentId + "/access-codes")
                .then().statusCode(201).extract().jsonPath().getList("codes", String.class);
    }
}
