package org.selving.invitation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.form;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.page;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Forms;
import org.selving.testing.Tenants;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The console page of invitations as a consultant's browser uses it (multipart upload, forms with their
 * CSRF token), and the page that stops reminders as a respondent's does.
 */
@QuarkusTest
class InvitationPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MockMailbox mailbox;

    static Tenants tenants;
    static String consultant;

    @BeforeEach
    void tenants() {
        if (tenants == null) {
            tenants = Tenants.create("invitationpages");
            consultant = signIn(tenants.consultantA(), PASSWORD);
        }
    }

    @Test
    void aConsultantInvitesPeopleFromAFileAndFollowsTheSending() {
        long assessment = createAssessment(tenants.orgA(), "");
        open(assessment);
        page(consultant).get("/assessments/" + assessment).then().statusCode(200)
                .body(containsString("/assessments/" + assessment + "/invitations"));
        page(consultant).get("/assessments/" + assessment + "/invitations").then().statusCode(200)
                .body(containsString("Nobody has been invited by e-mail yet."), containsString("enctype=\"multipart/form-data\""),
                        containsString(Forms.CSRF_FIELD));

        String bad = "email,unit\n<script>@x,North\nok" + assessment + "@example.org,Nowhere <b>\n";
        assertUnchangedBy(dataSource, () -> form(consultant).multiPart("file", "people.csv", bad.getBytes(UTF_8), "text/csv")
                .post("/assessments/" + assessment + "/participants").then().statusCode(400)
                .body(containsString("nobody was added and nothing was sent"),
                        containsString("<td>2</td><td>email</td>"), containsString("<td>3</td><td>unit</td>"),
                        containsString(html("no unit 'Nowhere <b>' in this organization")), not(containsString("<b>'"))));

        String good = "email,unit,language\nann" + assessment + "@example.org,Ops/North,fr\nbob" + assessment
                + "@example.org,South,\n";
        String location = form(consultant).multiPart("file", "people.csv", good.getBytes(UTF_8), "text/csv")
                .post("/assessments/" + assessment + "/participants").then().statusCode(303).extract().header("Location");
        page(consultant).get(location).then().statusCode(200)
                .body(containsString("2 people were added; their invitations are on their way."),
                        containsString("2 people are on the list."), containsString("Ops / North"));
        Invitations.await("the invitations", () -> !mailbox.getMailsSentTo("bob" + assessment + "@example.org").isEmpty());

        form(consultant).post("/assessments/" + assessment + "/invitations/reminders").then().statusCode(409)
                .body(containsString("The next reminder can be sent from"));
        form(consultant).formParams("maxReminders", "1", "gapDays", "x").post("/assessments/" + assessment
                + "/invitations/settings").then().statusCode(400).body(containsString("gapDays-error"));
        form(consultant).formParams("maxReminders", "11", "gapDays", "3").post("/assessments/" + assessment
                + "/invitations/settings").then().statusCode(400).body(containsString("maxReminders-error"));
        form(consultant).formParams("maxReminders", "1", "gapDays", "5", "automatic", "on")
                .post("/assessments/" + assessment + "/invitations/settings").then().statusCode(303);
        Invitations.status(assessment).body("settings.maxReminders", equalTo(1),
                "settings.gapDays", equalTo(5), "settings.automatic", equalTo(true));

        form(consultant).post("/assessments/" + assessment + "/participants/delete").then().statusCode(303);
        page(consultant).get("/assessments/" + assessment + "/invitations").then().statusCode(200)
                .body(containsString("The list was deleted on"));
    }

    @Test
    void aPersonStopsTheRemindersWithTheLinkOfTheirMail() {
        long assessment = createAssessment(tenants.orgA(), "");
        open(assessment);
        String person = "stop" + assessment + "@example.org";
        Invitations.addJson(assessment, Invitations.json(person + " " + tenants.north() + " fr")).statusCode(201);
        Invitations.await("the invitation", () -> !mailbox.getMailsSentTo(person).isEmpty());
        String text = mailbox.getMailsSentTo(person).get(0).getText();
        String link = "/unsubscribe/" + Invitations.unsubscribeTokenIn(text) + "?lang=fr";
        assertEquals(true, text.contains(link), text);

        io.restassured.RestAssured.given().accept(ContentType.HTML).get(link).then().statusCode(200)
                .body(containsString("lang=\"fr\""), containsString("Arrêter les rappels"), containsString(Forms.CSRF_FIELD));
        assertEquals(0, org.selving.testing.StoredData.count(dataSource,
                "SELECT COUNT(*) FROM participant WHERE unsubscribed = TRUE AND assessment_id = ?", assessment),
                "opening the link stops nothing");
        Forms.withCsrf(io.restassured.RestAssured.given().accept(ContentType.HTML)).post(link).then().statusCode(200)
                .body(containsString(html("C'est fait : plus de rappels")));
        assertEquals(1, org.selving.testing.StoredData.count(dataSource,
                "SELECT COUNT(*) FROM participant WHERE unsubscribed = TRUE AND assessment_id = ?", assessment));
    }
}
