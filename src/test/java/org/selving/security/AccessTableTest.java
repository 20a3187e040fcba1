package org.selving.security;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.InstrumentCatalog;
import org.selving.instrument.Item;
import org.selving.response.ResponseStore;
import org.selving.testing.Api;
import org.selving.testing.Endpoints;
import org.selving.testing.Forms;
import org.selving.testing.StoredAnswers;
import org.selving.workshop.RoomCookie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint of the application, JSON API and pages alike, as each kind of caller gets it: the
 * exact status, including 404 where even the existence of another tenant's data must not show. The
 * endpoints are discovered from the OpenAPI document, so an endpoint added without a row here fails
 * {@link #theTableCoversEveryEndpoint()}. Each request is made afresh: a new session for callers
 * with an account, a client address of its own, and a new thing to act on where acting changes it.
 */
@QuarkusTest
class AccessTableTest {

    /** Who asks; the columns of the table, in this order. */
    enum Caller {
        ANONYMOUS, RESPONDENT, MANAGER_A, SUBTREE_MANAGER_A, CONSULTANT_A, CONSULTANT_B, ADMINISTRATOR
    }

    /**
     * anon: no account and no code. resp: no account, a valid access code of organization A (a fresh
     * one each time). mgrA: manager of A. subA: manager of A limited to its division Ops. conA, conB:
     * consultants of A, of B. admin: an administrator. Path variables are A's, the unit a team inside
     * Ops, the assessment A's open one (the organization under /organizations), unless the options say: {@code id=draft} a new draft of A,
     * {@code id=opened} a newly opened assessment of A, {@code id=reported} a closed assessment of A with
     * answers in Ops and Sales (the limited manager's reports cover Ops only: it has no rows of its own,
     * so its row data is not theirs), {@code unitId=fresh} a new team in Ops; under
     * accounts, {@code id} is a new manager account. Under workshops, {@code id} is a live session of A's open
     * assessment for the team (the respondent holds its join code and a ticket of it, in the room cookie for
     * pages), or a new one: {@code id=session} answering, {@code id=results} past its first round,
     * {@code id=aiming} in its second round, {@code id=ended} ended; {@code actionId} is a new action of it.
     * {@code stream=yes}: an event stream, whose status is read before it is closed. {@code body=} names the
     * request's body below, {@code query=} is sent as the query string.
     */
    static final String TABLE = """
            #                                                    anon resp mgrA subA conA conB admin
            GET    /api/organizations                             401  401  200  200  200  200  200
            POST   /api/organizations                             401  401  403  403  201  201  201  body=organization
            GET    /api/organizations/{id}                        401  401  200  200  200  404  200
            PUT    /api/organizations/{id}                        401  401  403  403  200  404  200  body=organization
            GET    /api/organizations/{orgId}/units               401  401  200  200  200  404  200
            POST   /api/organizations/{orgId}/units               401  401  403  403  201  404  201  body=unit
            GET    /api/organizations/{orgId}/units/{unitId}      401  401  200  200  200  404  200
            PUT    /api/organizations/{orgId}/units/{unitId}      401  401  403  403  200  404  200  body=unit
            DELETE /api/organizations/{orgId}/units/{unitId}      401  401  403  403  204  404  204  unitId=fresh
            GET    /api/organizations/{orgId}/assessments         401  401  200  200  200  404  200
            POST   /api/organizations/{orgId}/assessments         401  401  403  403  201  404  201  body=assessment
            GET    /api/assessments/{id}                          401  401  200  200  200  404  200
            PUT    /api/assessments/{id}                          401  401  403  403  200  404  200  body=settings
            GET    /api/assessments/{id}/questionnaire            401  401  200  200  200  404  200
            POST   /api/assessments/{id}/open                     401  401  403  403  200  404  200  id=draft
            POST   /api/assessments/{id}/close                    401  401  403  403  200  404  200  id=opened
            POST   /api/assessments/{id}/access-codes             401  401  403  403  201  404  201  body=codes
            GET    /api/assessments/{id}/access-codes             401  401  403  403  200  404  200
            POST   /api/assessments/{id}/imports                  401  401  403  403  201  404  201  body=csv
            GET    /api/assessments/{id}/imports                  401  401  403  403  200  404  200
            POST   /api/assessments/{id}/participants             401  401  403  403  201  404  201  body=participants
            DELETE /api/assessments/{id}/participants             401  401  403  403  204  404  204
            GET    /api/assessments/{id}/invitations              401  401  403  403  200  404  200
            PUT    /api/assessments/{id}/invitations/settings     401  401  403  403  200  404  200  body=reminderSettings
            POST   /api/assessments/{id}/invitations/reminders    401  401  403  403  409  404  409
            GET    /api/assessments/{id}/report                   401  401  200  200  200  404  200  id=reported
            GET    /api/assessments/{id}/report.json              401  401  200  200  200  404  200  id=reported
            GET    /api/assessments/{id}/report.csv               401  401  200  200  200  404  200  id=reported
            GET    /api/assessments/{id}/responses.csv            401  401  200  403  200  404  200  id=reported
            GET    /api/clients/comparison                        401  401  403  403  200  200  200  query=instrument=selving
            GET    /api/clients/comparison.csv                    401  401  403  403  200  200  200  query=instrument=selving
            POST   /api/responses                                 403  201  403  403  403  403  403  body=response
            GET    /api/assessments/{id}/workshops                401  401  200  200  200  404  200
            POST   /api/assessments/{id}/workshops                401  401  403  403  201  404  201  body=workshop
            POST   /api/organizations/{orgId}/workshops           401  401  403  403  201  404  201  body=workshopAssessment
            GET    /api/workshops/{id}                            401  401  404  404  200  404  200
            GET    /api/workshops/{id}/results                    401  401  404  404  200  404  200
            GET    /api/workshops/{id}/debrief                    401  401  200  200  200  404  200  id=ended
            GET    /api/workshops/{id}/events                     401  401  404  404  200  404  200  stream=yes
            POST   /api/workshops/{id}/close-round                401  401  403  403  200  404  200  id=session
            POST   /api/workshops/{id}/aim                        401  401  403  403  200  404  200  id=results
            POST   /api/workshops/{id}/close-aim                  401  401  403  403  200  404  200  id=aiming
            POST   /api/workshops/{id}/end                        401  401  403  403  200  404  200  id=session
            PUT    /api/workshops/{id}/screen                     401  401  403  403  200  404  200  body=screen
            GET    /api/workshops/{id}/actions                    401  401  200  200  200  404  200  id=ended
            POST   /api/workshops/{id}/actions                    401  401  403  403  201  404  201  body=action
            DELETE /api/workshops/{id}/actions/{actionId}         401  401  403  403  204  404  204
            POST   /api/workshops/join                            403  201  403  403  403  403  403  body=join
            POST   /api/workshops/answers                         403  201  403  403  403  403  403  body=roomAnswer
            POST   /api/session                                   401  401  200  200  200  200  200  body=signIn
            DELETE /api/session                                   401  401  204  204  204  204  204
            GET    /api/account                                   401  401  200  200  200  200  200
            PUT    /api/account/password                          401  401  204  204  204  204  204  body=passwordChange
            GET    /api/account/tokens                            401  401  200  200  200  200  200
            POST   /api/account/tokens                            401  401  201  201  201  201  201  body=token
            DELETE /api/account/tokens/{tokenId}                  401  401  204  204  204  204  204
            GET    /api/accounts                                  401  401  403  403  403  403  200
            POST   /api/accounts                                  401  401  403  403  403  403  201  body=account
            GET    /api/accounts/{id}                             401  401  403  403  403  403  200
            PUT    /api/accounts/{id}                             401  401  403  403  403  403  200  body=accountChange
            DELETE /api/accounts/{id}                             401  401  403  403  403  403  204
            POST   /api/accounts/{id}/password                    401  401  403  403  403  403  204  body=passwordReset
            GET    /api/audit                                     401  401  403  403  403  403  200
            POST   /api/backups                                   401  401  403  403  403  403  409
            GET    /api/test-failure                              500  500  500  500  500  500  500
            GET    /                                              200  200  200  200  200  200  200
            POST   /                                              400  303  400  400  400  400  400  body=codeForm
            GET    /respond/{code}                                404  200  404  404  404  404  404
            GET    /respond/{code}/questions                      404  200  404  404  404  404  404
            POST   /respond/{code}/questions                      404  303  404  404  404  404  404  body=answersForm
            GET    /respond/open/{assessmentId}                   200  200  200  200  200  200  200
            GET    /respond/open/{assessmentId}/questions         200  200  200  200  200  200  200
            POST   /respond/open/{assessmentId}/questions         303  303  303  303  303  303  303  body=openLinkForm
            GET    /respond/thanks                                200  200  200  200  200  200  200
            GET    /login                                         200  200  303  303  303  303  303
            POST   /login                                         400  400  303  303  303  303  303  body=signInForm
            POST   /logout                                        303  303  303  303  303  303  303
            GET    /home                                          303  303  200  200  200  200  200
            GET    /organizations/new                             303  303  403  403  200  200  200
            POST   /organizations                                 303  303  403  403  303  303  303  body=organizationForm
            GET    /organizations/{id}                            303  303  200  200  200  404  200
            POST   /organizations/{orgId}/units                   303  303  403  403  303  404  303  body=unitForm
            GET    /organizations/{orgId}/units/{unitId}          303  303  403  403  200  404  200
            POST   /organizations/{orgId}/units/{unitId}          303  303  403  403  303  404  303  body=unitForm unitId=fresh
            GET    /organizations/{orgId}/assessments/new         303  303  403  403  200  404  200
            POST   /organizations/{orgId}/assessments             303  303  403  403  303  404  303  body=assessmentForm
            GET    /assessments/{id}                              303  303  403  403  200  404  200
            POST   /assessments/{id}/open                         303  303  403  403  303  404  303  id=draft
            POST   /assessments/{id}/close                        303  303  403  403  303  404  303  id=opened
            POST   /assessments/{id}/pairing                      303  303  403  403  303  404  303  body=pairingForm
            GET    /assessments/{id}/access-codes                 303  303  403  403  200  404  200  id=reported
            POST   /assessments/{id}/access-codes                 303  303  403  403  200  404  200  body=codesForm
            GET    /assessments/{id}/imports                      303  303  403  403  200  404  200
            POST   /assessments/{id}/imports                      303  303  403  403  303  404  303  body=csvUpload
            GET    /assessments/{id}/invitations                  303  303  403  403  200  404  200
            POST   /assessments/{id}/participants                 303  303  403  403  303  404  303  body=participantsUpload
            POST   /assessments/{id}/participants/delete          303  303  403  403  303  404  303
            POST   /assessments/{id}/invitations/settings         303  303  403  403  303  404  303  body=reminderSettingsForm
            POST   /assessments/{id}/invitations/reminders        303  303  403  403  409  404  409
            GET    /unsubscribe/{token}                           200  200  200  200  200  200  200
            POST   /unsubscribe/{token}                           200  200  200  200  200  200  200
            GET    /assessments/{id}/report                       303  303  200  200  200  404  200  id=reported
            GET    /assessments/{id}/workshops                    303  303  403  403  200  404  200
            POST   /assessments/{id}/workshops                    303  303  403  403  303  404  303  body=workshopForm
            GET    /organizations/{orgId}/workshops/new           303  303  403  403  200  404  200
            POST   /organizations/{orgId}/workshops               303  303  403  403  303  404  303  body=workshopAssessmentForm
            GET    /workshops/{id}                                303  303  404  404  200  404  200
            POST   /workshops/{id}/close-round                    303  303  403  403  303  404  303  id=session
            POST   /workshops/{id}/aim                            303  303  403  403  303  404  303  id=results
            POST   /workshops/{id}/close-aim                      303  303  403  403  303  404  303  id=aiming
            POST   /workshops/{id}/end                            303  303  403  403  303  404  303  id=session
            POST   /workshops/{id}/reveal                         303  303  403  403  303  404  303  body=revealForm
            POST   /workshops/{id}/gap                            303  303  403  403  303  404  303  body=gapForm
            GET    /workshops/{id}/debrief                        303  303  200  200  200  404  200  id=ended
            POST   /workshops/{id}/actions                        303  303  403  403  303  404  303  body=actionForm
            POST   /workshops/{id}/actions/{actionId}/delete      303  303  403  403  303  404  303
            GET    /join                                          200  200  200  200  200  200  200
            POST   /join                                          400  303  400  400  400  400  400  body=joinForm
            GET    /room                                          303  200  303  303  303  303  303
            POST   /room/answers                                  303  303  303  303  303  303  303  body=answersForm
            POST   /room/aims                                     303  409  303  303  303  303  303  body=answersForm
            GET    /clients/comparison                            303  303  403  403  200  200  200
            GET    /admin/accounts                                303  303  403  403  403  403  200
            POST   /admin/accounts                                303  303  403  403  403  403  303  body=accountForm
            GET    /admin/accounts/{id}                           303  303  403  403  403  403  200
            POST   /admin/accounts/{id}                           303  303  403  403  403  403  303  body=accountChangeForm
            POST   /admin/accounts/{id}/password                  303  303  403  403  403  403  303  body=passwordResetForm
            POST   /admin/accounts/{id}/delete                    303  303  403  403  403  403  303
            GET    /test-failure                                  500  500  500  500  500  500  500
            """;

    /** Request bodies named by the table; {@code {x}} is filled in per request (see {@link #variables}). */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("organization", "{\"name\": \"Table {n}\"}"),
            Map.entry("unit", "{\"name\": \"Team {n}\", \"parentId\": {opsId}}"),
            Map.entry("assessment", "{\"instrument\": \"selving\", \"title\": \"Table {n}\"}"),
            Map.entry("settings", "{\"instrument\": \"selving\", \"title\": \"Table {n}\", \"openLink\": true}"),
            Map.entry("codes", "{\"unitId\": {teamId}, \"count\": 1}"),
            Map.entry("response", "{\"code\": \"{code}\", \"answers\": {\"know_purpose\": 4}}"),
            Map.entry("signIn", "{\"email\": \"{email}\", \"password\": \"{password}\"}"),
            Map.entry("passwordChange", "{\"currentPassword\": \"{password}\", \"newPassword\": \"{password}\"}"),
            Map.entry("token", "{\"name\": \"table {n}\"}"),
            Map.entry("account", "{\"email\": \"new-{n}@table.test\", \"name\": \"New\", \"role\": \"MANAGER\","
                    + " \"password\": \"" + PASSWORD + "\", \"organizationId\": {orgId}}"),
            Map.entry("accountChange", "{\"email\": \"{targetEmail}\", \"name\": \"Changed\", \"role\": \"MANAGER\","
                    + " \"organizationId\": {orgId}, \"locked\": false}"),
            Map.entry("passwordReset", "{\"password\": \"another long password\"}"),
            Map.entry("codeForm", "code={code}"),
            Map.entry("answersForm", "answers.know_purpose=4"),
            Map.entry("openLinkForm", "unitId={teamId}&answers.know_purpose=4"),
            Map.entry("signInForm", "email={email}&password={password}"),
            Map.entry("accountForm", "email=new-{n}@table.test&name=New&role=MANAGER&password=" + PASSWORD
                    + "&organizationId={orgId}"),
            Map.entry("accountChangeForm", "email={targetEmail}&name=Changed&role=MANAGER&organizationId={orgId}"),
            Map.entry("passwordResetForm", "password=another long password"),
            Map.entry("organizationForm", "name=Table {n}"),
            Map.entry("unitForm", "name=Team {n}&parentId={opsId}"),
            Map.entry("assessmentForm", "instrument=selving&title=Table {n}&minGroupSize=5"),
            Map.entry("codesForm", "unitId={teamId}&count=1"),
            Map.entry("workshop", "{\"unitId\": {teamId}}"),
            Map.entry("workshopAssessment", "{\"unitId\": {teamId}, \"assessment\": {\"instrument\": \"selving\","
                    + " \"title\": \"Room {n}\"}}"),
            Map.entry("screen", "{\"gapShown\": true}"),
            Map.entry("action", "{\"description\": \"Action {n}\"}"),
            Map.entry("join", "{\"code\": \"{joinCode}\"}"),
            Map.entry("roomAnswer", "{\"ticket\": \"{ticket}\", \"round\": \"now\", \"answers\": {\"know_purpose\": 4}}"),
            Map.entry("workshopForm", "unitId={teamId}"),
            Map.entry("workshopAssessmentForm", "instrument=selving&title=Room {n}&minGroupSize=5&unitId={teamId}"),
            Map.entry("revealForm", "dimension=next"),
            Map.entry("gapForm", "show=true"),
            Map.entry("actionForm", "description=Action {n}"),
            Map.entry("joinForm", "code={joinCode}"),
            Map.entry("participants", "{\"participants\": [{\"email\": \"person-{n}@table.test\", \"unitId\": {teamId}}]}"),
            Map.entry("reminderSettings", "{\"maxReminders\": 2, \"gapDays\": 3, \"automatic\": false}"),
            Map.entry("reminderSettingsForm", "maxReminders=2&gapDays=3"),
            Map.entry("pairingForm", "pairedAssessmentId="));

    record Row(String method, String path, Map<Caller, Integer> expected, Map<String, String> options) {

        String endpoint() {
            return method + " " + path;
        }
    }

    static final List<Row> ROWS = parse(TABLE);

    /** Organization A with its division Ops (team inside it) and Sales, its open assessment and a closed one with answers. */
    record Fixture(long orgA, long opsId, long teamId, long assessmentA, long reported, String csvHeader,
            Map<Caller, String> emails, long session, String joinCode) {
    }

    static Fixture fixture;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    ResponseStore store;

    static final AtomicInteger COUNTER = new AtomicInteger();
    static final Map<Caller, String> SESSIONS = new EnumMap<>(Caller.class);
    /** Unused codes of A's open assessment, one for each request of the respondent. */
    static final Deque<String> CODES = new ArrayDeque<>();

    @BeforeEach
    void createTheTenants() {
        if (fixture != null) {
            return;
        }
        long orgA = createOrganization("Tenant A");
        long ops = createUnit(orgA, "Ops", null);
        long team = createUnit(orgA, "Team", ops);
        long sales = createUnit(orgA, "Sales", null);
        long assessment = createAssessment(orgA, "\"openLink\": true");
        open(assessment);
        long reported = createAssessment(orgA, "");
        open(reported);
        List<Item> instrument = catalog.find("selving").orElseThrow().items();
        StoredAnswers.store(store, reported, instrument.size(), List.of(team, sales), 8, null);
        close(reported);
        long orgB = createOrganization("Tenant B");
        createUnit(orgB, "Elsewhere", null);

        Map<Caller, String> emails = new LinkedHashMap<>();
        emails.put(Caller.MANAGER_A, "manager-a@table.test");
        emails.put(Caller.SUBTREE_MANAGER_A, "ops-manager-a@table.test");
        emails.put(Caller.CONSULTANT_A, "consultant-a@table.test");
        emails.put(Caller.CONSULTANT_B, "consultant-b@table.test");
        emails.put(Caller.ADMINISTRATOR, "admin@table.test");
        createAccount(emails.get(Caller.MANAGER_A), "MANAGER", "\"organizationId\": " + orgA);
        createAccount(emails.get(Caller.SUBTREE_MANAGER_A), "MANAGER", "\"organizationId\": " + orgA + ", \"unitId\": " + ops);
        createAccount(emails.get(Caller.CONSULTANT_A), "CONSULTANT", "\"clientIds\": [" + orgA + "]");
        createAccount(emails.get(Caller.CONSULTANT_B), "CONSULTANT", "\"clientIds\": [" + orgB + "]");
        createAccount(emails.get(Caller.ADMINISTRATOR), "ADMINISTRATOR", "");

        List<String> items = instrument.stream().map(Item::key).toList();
        CODES.addAll(issueCodes(assessment, team, ROWS.size()));
        Map<String, Object> session = asAdmin().body("{\"unitId\": " + team + "}")
                .post("/api/assessments/" + assessment + "/workshops").then().statusCode(201).extract().jsonPath().getMap("$");
        fixture = new Fixture(orgA, ops, team, assessment, reported, "unit," + String.join(",", items) + ",comment_strength",
                emails, ((Number) session.get("id")).longValue(), (String) session.get("joinCode"));
    }

    @Test
    void everyCallerGetsExactlyTheStatusOfTheTable() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : ROWS) {
            for (Caller caller : Caller.values()) {
                int status = send(row, caller);
                if (status != row.expected().get(caller)) {
                    mismatches.add(row.endpoint() + " as " + caller + ": expected " + row.expected().get(caller)
                            + ", got " + status);
                }
            }
        }
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
    }

    @Test
    void theTableCoversEveryEndpoint() {
        TreeSet<String> discovered = Endpoints.all();
        TreeSet<String> listed = new TreeSet<>();
        ROWS.forEach(row -> assertTrue(listed.add(row.endpoint()), "listed twice: " + row.endpoint()));
        TreeSet<String> missing = new TreeSet<>(discovered);
        missing.removeAll(listed);
        TreeSet<String> gone = new TreeSet<>(listed);
        gone.removeAll(discovered);
        assertEquals("", String.join("\n", missing), "endpoints without a row in the table");
        assertEquals("", String.join("\n", gone), "rows for endpoints that do not exist");
    }

    private int send(Row row, Caller caller) {
        Map<String, String> variables = variables(row, caller);
        RequestSpecification request = given().redirects().follow(false)
                .header("X-Forwarded-For", Api.newClientAddress());
        String session = session(caller);
        if (session != null) {
            request.cookie(SessionCookie.NAME, session);
        }
        boolean page = !row.path().startsWith("/api");
        boolean changes = !row.method().equals("GET");
        String body = fill(BODIES.getOrDefault(row.options().getOrDefault("body", ""), ""), variables);
        if (page) {
            request.accept("text/html");
            if (changes) {
                request = Forms.withCsrf(request);
                if (row.options().getOrDefault("body", "").equals("csvUpload")) {
                    request.multiPart("file", "table-" + COUNTER.incrementAndGet() + ".csv", csvFile().getBytes(UTF_8),
                            "text/csv");
                }
                if (row.options().getOrDefault("body", "").equals("participantsUpload")) {
                    request.multiPart("file", "people.csv", ("email,unit\nperson-" + COUNTER.incrementAndGet()
                            + "@table.test,Ops\n").getBytes(UTF_8), "text/csv");
                }
                for (String field : body.isEmpty() ? new String[0] : body.split("&")) {
                    String[] pair = field.split("=", 2);
                    request.formParam(pair[0], pair[1]);
                }
            }
        } else {
            request.accept("*/*");
            if (changes) {
                boolean csv = row.options().getOrDefault("body", "").equals("csv");
                request.contentType(csv ? "text/csv" : "application/json");
                if (csv) {
                    request.body(csvFile());
                } else if (!body.isEmpty()) {
                    request.body(body);
                }
            }
        }
        if (caller == Caller.RESPONDENT && row.path().startsWith("/room")) {
            request.cookie(RoomCookie.NAME, variables.get("ticket"));
        }
        String query = row.options().containsKey("query") ? "?" + row.options().get("query") : "";
        int status = row.options().containsKey("stream") ? streamStatus(fill(row.path(), variables), session)
                : request.request(row.method(), fill(row.path(), variables) + query).statusCode();
        if (row.path().matches("/api/session|/login|/logout")) {
            SESSIONS.remove(caller);
        }
        return status;
    }

    /** The status of an event stream: read, then the stream is closed (it would never end). */
    private static int streamStatus(String path, String session) {
        try {
            String root = ConfigProvider.getConfig().getValue("test.url", String.class).replaceFirst("/$", "");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "*/*")
                    .header("X-Forwarded-For", Api.newClientAddress());
            if (session != null) {
                request.header("Cookie", SessionCookie.NAME + "=" + session);
            }
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file of one response for Ops, different each time (the same file is refused twice). */
    private static String csvFile() {
        return fixture.csvHeader() + "\nOps," + "4,".repeat(fixture.csvHeader().split(",").length - 2) + "import "
                + COUNTER.incrementAndGet() + "\n";
    }

    /** The caller's session, or none; a new one after a row that signs in or out. */
    private static String session(Caller caller) {
        String email = fixture.emails().get(caller);
        return email == null ? null : SESSIONS.computeIfAbsent(caller, c -> Api.signIn(email, PASSWORD));
    }

    /** What fills the row's path and body for this caller: fixtures, and new things where the row acts on one. */
    private static Map<String, String> variables(Row row, Caller caller) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("n", String.valueOf(COUNTER.incrementAndGet()));
        v.put("orgId", String.valueOf(fixture.orgA()));
        v.put("opsId", String.valueOf(fixture.opsId()));
        v.put("teamId", String.valueOf(fixture.teamId()));
        v.put("assessmentId", String.valueOf(fixture.assessmentA()));
        v.put("email", fixture.emails().getOrDefault(caller, "nobody@table.test"));
        v.put("password", fixture.emails().containsKey(caller) ? PASSWORD : "not the password");
        v.put("code", caller == Caller.RESPONDENT ? CODES.pop() : "ZZZZ-ZZZZ-ZZZZ");
        v.put("joinCode", caller == Caller.RESPONDENT ? fixture.joinCode() : "ZZZZZZ");
        v.put("ticket", caller == Caller.RESPONDENT ? asAdmin().body("{\"code\": \"" + fixture.joinCode() + "\"}")
                .header("X-Forwarded-For", Api.newClientAddress()).post("/api/workshops/join").then().statusCode(201)
                .extract().jsonPath().getString("ticket") : "not-a-ticket");
        v.put("token", "no-such-token-" + v.get("n"));
        v.put("unitId", "fresh".equals(row.options().get("unitId"))
                ? String.valueOf(createUnit(fixture.orgA(), "Leaf " + v.get("n"), fixture.opsId()))
                : String.valueOf(fixture.teamId()));
        if (row.path().matches("(/api)?/workshops/\\{id}.*")) {
            v.put("id", String.valueOf(session(row.options().get("id"))));
            v.put("actionId", String.valueOf(asAdmin().body("{\"description\": \"To remove\"}")
                    .post("/api/workshops/" + v.get("id") + "/actions").then().statusCode(201).extract().jsonPath()
                    .getLong("id")));
        } else if (row.path().matches("(/api)?/organizations/\\{id}")) {
            v.put("id", String.valueOf(fixture.orgA()));
        } else if (row.path().contains("/accounts/{id}")) {
            String target = "target-" + v.get("n") + "@table.test";
            v.put("id", String.valueOf(createAccount(target, "MANAGER", "\"organizationId\": " + fixture.orgA())));
            v.put("targetEmail", target);
        } else {
            v.put("id", String.valueOf(switch (row.options().getOrDefault("id", "")) {
                case "draft" -> createAssessment(fixture.orgA(), "");
                case "reported" -> fixture.reported();
                case "opened" -> {
                    long opened = createAssessment(fixture.orgA(), "");
                    open(opened);
                    yield opened;
                }
                default -> fixture.assessmentA();
            }));
        }
        if (row.path().contains("{tokenId}")) {
            v.put("tokenId", fixture.emails().containsKey(caller)
                    ? String.valueOf(Api.as(fixture.emails().get(caller), PASSWORD).body("{\"name\": \"to revoke\"}")
                            .post("/api/account/tokens").then().statusCode(201).extract().jsonPath().getLong("details.id"))
                    : "1");
        }
        return v;
    }

    /** The fixture's live session, or a new one of A's open assessment taken to the phase the row needs. */
    private static long session(String wanted) {
        if (wanted == null) {
            return fixture.session();
        }
        long session = asAdmin().body("{\"unitId\": " + fixture.teamId() + "}")
                .post("/api/assessments/" + fixture.assessmentA() + "/workshops").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        List<String> steps = switch (wanted) {
            case "session" -> List.of();
            case "results" -> List.of("close-round");
            case "aiming" -> List.of("close-round", "aim");
            case "ended" -> List.of("end");
            default -> throw new IllegalArgumentException("no session " + wanted);
        };
        steps.forEach(step -> asAdmin().post("/api/workshops/" + session + "/" + step).then().statusCode(200));
        return session;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private static String fill(String template, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("nothing fills {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private static List<Row> parse(String table) {
        List<Row> rows = new ArrayList<>();
        for (String line : table.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Iterator<String> fields = List.of(line.split("\\s+")).iterator();
            String method = fields.next();
            String path = fields.next();
            Map<Caller, Integer> expected = new LinkedHashMap<>();
            for (Caller caller : Caller.values()) {
                expected.put(caller, Integer.valueOf(fields.next()));
            }
            Map<String, String> options = new LinkedHashMap<>();
            fields.forEachRemaining(option -> {
                String[] pair = option.split("=", 2);
                options.put(pair[0], pair[1]);
            });
            rows.add(new Row(method, path, Collections.unmodifiableMap(expected), options));
        }
        return List.copyOf(rows);
    }
}
