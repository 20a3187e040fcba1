package org.selving.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.invitation.Invitations.addCsv;
import static org.selving.invitation.Invitations.addJson;
import static org.selving.invitation.Invitations.await;
import static org.selving.invitation.Invitations.codeIn;
import static org.selving.invitation.Invitations.daysPass;
import static org.selving.invitation.Invitations.json;
import static org.selving.invitation.Invitations.remind;
import static org.selving.invitation.Invitations.status;
import static org.selving.invitation.Invitations.unsubscribeTokenIn;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.newClientAddress;
import static org.selving.testing.Api.open;
import static org.selving.testing.StoredData.assertUnchangedBy;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.security.AuditLog;
import org.selving.testing.Forms;
import org.selving.testing.StoredData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Participant lists through the API, with the mock mailer: who gets which mail, in which language, with
 * a link that works; reminders only to those who have not answered nor asked to stop; every bad list
 * refused whole, naming its line and field, with nothing stored or sent; the list's end.
 */
@QuarkusTest
class InvitationApiTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ParticipantLists lists;

    @Inject
    Reminders reminders;

    long org;
    long ops;
    long team;
    long sales;
    long assessment;

    @BeforeEach
    void organization() {
        org = createOrganization("Invited & Co " + System.nanoTime());
        ops = createUnit(org, "Ops", null);
        team = createUnit(org, "Team", ops);
        sales = createUnit(org, "Sales", null);
        assessment = createAssessment(org, "\"minGroupSize\": 3");
        open(assessment);
    }

    private List<Mail> mailsTo(String address) {
        return mailbox.getMailsSentTo(address);
    }

    private Mail awaitMail(String address, int count) {
        await(count + " mail(s) to " + address, () -> mailsTo(address).size() >= count);
        return mailsTo(address).get(count - 1);
    }

    private static void answer(String code) {
        given().header("X-Forwarded-For", newClientAddress()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4}}")
                .post("/api/responses").then().statusCode(201);
    }

    @Test
    void eachPersonGetsACodeOfTheirOwnInTheirLanguageWithAWorkingLink() {
        String a = "ann" + assessment + "@example.org";
        String b = "bea" + assessment + "@example.org";
        String c = "cy" + assessment + "@example.org";
        addJson(assessment, json(a + " " + team, b.toUpperCase() + " " + sales + " fr", c + " " + team + " en"))
                .statusCode(201).body("added", equalTo(3), "onTheList", equalTo(3));

        Mail toA = awaitMail(a, 1);
        Mail toB = awaitMail(b, 1);
        Mail toC = awaitMail(c, 1);
        assertEquals("Spring check: your invitation to answer", toA.getSubject());
        assertEquals("Spring check : votre invitation à répondre", toB.getSubject());
        assertTrue(toB.getText().contains("vous invite à répondre"), toB.getText());
        assertTrue(toA.getText().contains("?lang=en") && toB.getText().contains("?lang=fr"));
        assertTrue(toA.getHtml().contains("href=\"http://localhost:"), toA.getHtml());
        assertEquals(codeIn(toA.getText()), codeIn(toA.getHtml()), "the same personal link in both parts");
        assertFalse(codeIn(toA.getText()).equals(codeIn(toC.getText())), "a code of one's own");
        assertTrue(toA.getHeaders().get("List-Unsubscribe").get(0).contains("/unsubscribe/"));
        assertTrue(toA.getHeaders().get("Message-ID").get(0).startsWith("<selving-mail-"));

        // the personal link opens the questionnaire with the code filled in, in the person's language
        given().accept(ContentType.HTML).get("/respond/" + codeIn(toB.getText()) + "?lang=fr").then().statusCode(200)
                .body(containsString("lang=\"fr\""), containsString("/respond/" + codeIn(toB.getText()) + "/questions"));
        answer(codeIn(toA.getText()));

        status(assessment).body("participation.invited", equalTo(3), "participation.shown", equalTo("FEWER_THAN_K"),
                "participation.answeredAtLeast", nullValue(), "invitations.sent", equalTo(3),
                "onTheList", equalTo(3), "participation.units.find { it.unitId == " + team + " }.invited", equalTo(2));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("selving_mail_sent_total{kind=\"invitation\""));
    }

    @Test
    void remindersReachOnlyThoseWhoHaveNotAnsweredNorAskedToStop() {
        List<String> people = List.of("answered", "stopped", "silent", "quiet").stream()
                .map(name -> name + assessment + "@example.org").toList();
        addJson(assessment, json(people.stream().map(p -> p + " " + team).toArray(String[]::new))).statusCode(201);
        people.forEach(p -> awaitMail(p, 1));
        answer(codeIn(mailsTo(people.get(0)).get(0).getText()));
        String token = unsubscribeTokenIn(mailsTo(people.get(1)).get(0).getText());
        given().accept(ContentType.HTML).get("/unsubscribe/" + token).then().statusCode(200)
                .body(containsString("Stop the reminders"));
        Forms.withCsrf(given().accept(ContentType.HTML)).post("/unsubscribe/" + token).then().statusCode(200)
                .body(containsString("no more reminders"));

        remind(assessment).statusCode(409).body("detail", containsString("from"));
        daysPass(dataSource, assessment, 3);
        String started = remind(assessment).statusCode(202).body("reminders.sent", equalTo(1)).extract().asString();
        assertEquals(status(assessment).extract().asString(), started, "the answer is the status, no count of people");
        Mail reminder = awaitMail(people.get(2), 2);
        awaitMail(people.get(3), 2);
        assertEquals("Reminder: Spring check", reminder.getSubject());
        assertEquals(codeIn(mailsTo(people.get(2)).get(0).getText()), codeIn(reminder.getText()), "the same link again");
        remind(assessment).statusCode(409);

        daysPass(dataSource, assessment, 3);
        remind(assessment).statusCode(202).body("reminders.sent", equalTo(2), "reminders.nextFrom", nullValue());
        awaitMail(people.get(2), 3);
        awaitMail(people.get(3), 3);
        daysPass(dataSource, assessment, 3);
        remind(assessment).statusCode(409).body("detail", containsString("All 2 reminders"));
        assertEquals(1, mailsTo(people.get(0)).size(), "who answered gets no reminder");
        assertEquals(1, mailsTo(people.get(1)).size(), "who asked to stop gets none");
        assertEquals(3, mailsTo(people.get(2)).size());
    }

    @Test
    void automaticRemindersStartThemselvesWhenDue() {
        String person = "auto" + assessment + "@example.org";
        addJson(assessment, json(person + " " + team)).statusCode(201);
        awaitMail(person, 1);
        asAdmin().body("{\"maxReminders\": 1, \"gapDays\": 2, \"automatic\": true}")
                .put("/api/assessments/" + assessment + "/invitations/settings").then().statusCode(200);
        reminders.startDueRounds();
        assertEquals(0, status(assessment).extract().jsonPath().getInt("reminders.sent"), "not due before two days");
        daysPass(dataSource, assessment, 2);
        reminders.startDueRounds();
        awaitMail(person, 2);
        status(assessment).body("reminders.sent", equalTo(1));
        asAdmin().queryParam("organizationId", org).get("/api/audit").then().statusCode(200)
                .body("action", hasItem("REMINDERS_STARTED"), "accountEmail", hasItem(AuditLog.SYSTEM_EMAIL));
    }

    @Test
    void aBadListIsRefusedWholeNamingEachLineAndFieldAndNothingIsStoredOrSent() {
        createUnit(org, "Team", sales); // a second "Team": the name alone is ambiguous
        String existing = "already" + assessment + "@example.org";
        addJson(assessment, json(existing + " " + sales)).statusCode(201);
        awaitMail(existing, 1);
        String fresh = "fresh" + assessment + "@example.org";
        long foreign = createUnit(createOrganization("Elsewhere " + assessment), "Far", null);
        assertUnchangedBy(dataSource, () -> {
            addCsv(assessment, "email,unit,language\n"
                    + fresh + ",Ops/Team,en\n"
                    + "not an address,Sales,\n"
                    + fresh.toUpperCase() + ",Sales,\n"
                    + "x" + fresh + ",Nowhere,\n"
                    + "y" + fresh + ",Team,\n"
                    + "z" + fresh + ",Sales,de\n"
                    + existing + ",Sales,\n"
                    + "w" + fresh + ",Sales\n")
                    .statusCode(400).body("title", equalTo("Invalid participant list"),
                            "detail", containsString("nobody was added and nothing was sent"),
                            "errors.size()", equalTo(7),
                            "errors[0].line", equalTo(3), "errors[0].field", equalTo("email"),
                            "errors[1].line", equalTo(4), "errors[1].message", containsString("twice (also line 2)"),
                            "errors[2].line", equalTo(5), "errors[2].field", equalTo("unit"),
                            "errors[3].line", equalTo(6), "errors[3].message", containsString("several units"),
                            "errors[4].line", equalTo(7), "errors[4].field", equalTo("language"),
                            "errors[5].line", equalTo(8), "errors[5].message", containsString("already invited"),
                            "errors[6].line", equalTo(9), "errors[6].field", equalTo("row"));
            addCsv(assessment, "email;unit\na@b.org;Sales\n").statusCode(400)
                    .body("errors[0].field", equalTo("file"), "errors[0].message", containsString("';'"));
            addCsv(assessment, "email,team\na@b.org,Sales\n").statusCode(400)
                    .body("errors.field", equalTo(List.of("team", "unit")), "errors.line", equalTo(List.of(1, 1)));
            addCsv(assessment, "").statusCode(400).body("errors[0].message", equalTo("the file is empty"));
            addCsv(assessment, "email,unit\n").statusCode(400).body("errors[0].message", containsString("nobody"));
            asAdmin().contentType("text/csv").body(new byte[] { 'e', 'm', 'a', 'i', 'l', ',', 'u', 'n', 'i', 't', '\n',
                    (byte) 0xE9, '@', 'b', '.', 'o', 'r', 'g', ',', 'S', '\n' })
                    .post("/api/assessments/" + assessment + "/participants").then().statusCode(400)
                    .body("errors[0].message", containsString("not UTF-8"), "errors[0].line", equalTo(2));
            addJson(assessment, "{\"participants\": [{\"email\": \"" + fresh + "\", \"unitId\": " + team + "},"
                    + " {\"email\": \"bad@\", \"unitId\": " + foreign + "}, {\"email\": \"q" + fresh + "\"}]}")
                    .statusCode(400).body("errors.field", equalTo(List.of("participants[1].email",
                            "participants[1].unitId", "participants[2].unitId")));
            addJson(assessment, "{\"participants\": []}").statusCode(400).body("errors[0].field", equalTo("participants"));
            StringBuilder big = new StringBuilder("email,unit\n");
            for (int i = 0; big.length() <= 2 * 1024 * 1024; i++) {
                big.append("person").append(i).append("@a-rather-long-domain-name.example.org,Sales\n");
            }
            addCsv(assessment, big.toString()).statusCode(413).body("errors[0].field", equalTo("body"));
        });
        long closed = createAssessment(org, "");
        open(closed);
        close(closed);
        assertUnchangedBy(dataSource, () -> addJson(closed, json(fresh + " " + team)).statusCode(409)
                .body("detail", containsString("closed")));
        assertTrue(mailsTo(fresh).isEmpty() && mailsTo("x" + fresh).isEmpty(), "nothing sent");
    }

    @Test
    void theListIsDeletedWhenTheAssessmentClosesOrWhenItsTimeIsUpAndBothAreAudited() {
        String person = "leaving" + assessment + "@example.org";
        addJson(assessment, json(person + " " + team)).statusCode(201);
        String token = unsubscribeTokenIn(awaitMail(person, 1).getText());
        close(assessment);
        assertEquals(0, StoredData.count(dataSource, "SELECT COUNT(*) FROM participant WHERE assessment_id = ?", assessment));
        assertEquals(0, StoredData.count(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE assessment_id = ?", assessment));
        status(assessment).body("onTheList", equalTo(0), "listDeletedAt", notNullValue(),
                "participation.invited", equalTo(1), "participation.shown", equalTo("IN_THE_REPORT"));
        given().accept(ContentType.HTML).get("/unsubscribe/" + token).then().statusCode(200)
                .body(containsString("no longer works"));

        long later = createAssessment(org, "");
        open(later);
        String other = "kept" + later + "@example.org";
        addJson(later, json(other + " " + team)).statusCode(201);
        awaitMail(other, 1);
        daysPass(dataSource, later, 59);
        lists.deleteExpired();
        status(later).body("onTheList", equalTo(1));
        daysPass(dataSource, later, 2);
        lists.deleteExpired();
        status(later).body("onTheList", equalTo(0), "listDeletedAt", notNullValue());
        List<Map<String, Object>> events = asAdmin().queryParam("organizationId", org).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.action == 'PARTICIPANTS_DELETED' }");
        assertEquals(List.of(AuditLog.SYSTEM_EMAIL, "admin@selving.test"),
                events.stream().map(e -> e.get("accountEmail")).toList(), events.toString());
        assertTrue(events.get(1).get("detail").toString().contains("as the assessment closed"));
    }

    @Test
    void participationMovesOnlyInStepsOfKAndNeverPerUnit() {
        // an attacker watching the status after every single answer: it changes only when a step of k is crossed
        List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            people.add("p" + i + "-" + assessment + "@example.org");
        }
        addJson(assessment, json(people.stream().map(p -> p + " " + (people.indexOf(p) < 4 ? team : sales))
                .toArray(String[]::new))).statusCode(201);
        people.forEach(p -> awaitMail(p, 1));
        String before = status(assessment).extract().asString();
        for (int answered = 1; answered <= people.size(); answered++) {
            answer(codeIn(mailsTo(people.get(answered - 1)).get(0).getText()));
            String now = status(assessment).extract().asString();
            Object atLeast = io.restassured.path.json.JsonPath.from(now).get("participation.answeredAtLeast");
            assertEquals(answered < 3 ? null : answered / 3 * 3, atLeast, "after " + answered + " answers");
            assertEquals(answered % 3 == 0, !now.equals(before), "the status changed after answer " + answered);
            before = now;
        }
        assertEquals(List.of(Map.of("unitId", (int) team, "path", "Ops / Team", "invited", 4),
                Map.of("unitId", (int) sales, "path", "Sales", "invited", 3)),
                io.restassured.path.json.JsonPath.from(before).getList("participation.units"));
    }

    @Test
    void mailsWaitForTheAssessmentToOpen() throws InterruptedException {
        long draft = createAssessment(org, "");
        String person = "early" + draft + "@example.org";
        addCsv(draft, "email,unit\n" + person + ",Ops/Team\n").statusCode(201);
        Thread.sleep(2500); // the sender runs every second
        assertTrue(mailsTo(person).isEmpty(), "no mail for a draft");
        status(draft).body("invitations.waiting", equalTo(1), "participation.shown", equalTo("NOT_OPEN_YET"));
        open(draft);
        awaitMail(person, 1);
        assertTrue(mailsTo(person).get(0).getText().contains("/respond/"));
    }
}
