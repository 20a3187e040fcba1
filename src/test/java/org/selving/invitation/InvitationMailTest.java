package org.selving.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.invitation.Invitations.addJson;
import static org.selving.invitation.Invitations.codeIn;
import static org.selving.invitation.Invitations.daysPass;
import static org.selving.invitation.Invitations.json;
import static org.selving.invitation.Invitations.remind;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.testing.Forms;

import com.icegreen.greenmail.store.FolderException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Invitations through a real SMTP server (GreenMail): they arrive, in each person's language, as plain
 * text and HTML with every name escaped; the link in them leads to the questionnaire and the answers
 * are taken; a reminder reaches only who has not answered; and a server that goes away in the middle
 * of a batch loses no mail and gets none twice.
 */
@QuarkusTest
@TestProfile(RealSmtp.class)
class InvitationMailTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void emptyMailboxes() throws FolderException {
        RealSmtp.Server.greenMail.purgeEmailFromAllMailboxes();
    }

    /** One mail as its reader sees it. */
    record Received(String to, String subject, String text, String html, String messageId) {
    }

    static List<Received> received() {
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : RealSmtp.Server.greenMail.getReceivedMessages()) {
            try {
                String text = null;
                String html = null;
                Multipart parts = (Multipart) message.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.getContent() instanceof Multipart inner) {
                        for (int j = 0; j < inner.getCount(); j++) {
                            BodyPart alternative = inner.getBodyPart(j);
                            if (alternative.isMimeType("text/plain")) {
                                text = (String) alternative.getContent();
                            } else if (alternative.isMimeType("text/html")) {
                                html = (String) alternative.getContent();
                            }
                        }
                    } else if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
                all.add(new Received(message.getAllRecipients()[0].toString(), message.getSubject(), text, html,
                        message.getMessageID()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    static List<Received> awaitReceived(int count) {
        Invitations.await(count + " mails at the SMTP server", () -> received().size() >= count);
        return received();
    }

    static Received to(List<Received> mails, String address) {
        return mails.stream().filter(m -> m.to().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address + " in " + mails));
    }

    @Test
    void mailsArriveInTheirLanguageEscapedAndTheirLinkLeadsToStoredAnswers() throws InterruptedException {
        long org = createOrganization("<b>Tom & Jerry</b> " + System.nanoTime());
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "\"minGroupSize\": 3");
        asAdmin().body("{\"instrument\": \"selving\", \"title\": \"Q&A <script>alert(1)</script>\", \"minGroupSize\": 3}")
                .put("/api/assessments/" + assessment).then().statusCode(200);
        open(assessment);
        String english = "en" + assessment + "@example.org";
        String french = "fr" + assessment + "@example.org";
        addJson(assessment, json(english + " " + team + " en", french + " " + team + " fr")).statusCode(201);

        List<Received> mails = awaitReceived(2);
        Received en = to(mails, english);
        Received fr = to(mails, french);
        assertEquals("Q&A <script>alert(1)</script>: your invitation to answer", en.subject());
        assertEquals("Q&A <script>alert(1)</script> : votre invitation à répondre", fr.subject());
        assertTrue(fr.text().contains("vous invite à répondre à « Q&A <script>alert(1)</script> »"), fr.text());
        assertTrue(en.html().contains("Q&amp;A &lt;script&gt;alert(1)&lt;/script&gt;"), en.html());
        assertTrue(en.html().contains("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"), en.html());
        assertFalse(en.html().contains("<script>") || en.html().contains("<b>Tom"), "nothing unescaped in the HTML");
        assertTrue(en.html().contains("<html lang=\"en\">") && fr.html().contains("<html lang=\"fr\">"));
        assertTrue(en.messageId().startsWith("<selving-mail-"), en.messageId());

        // the French person follows the link, answers on the pages, and is taken
        String code = codeIn(fr.text());
        given().accept(ContentType.HTML).get("/respond/" + code + "?lang=fr").then().statusCode(200)
                .body(containsString("lang=\"fr\""));
        Forms.withCsrf(given().accept(ContentType.HTML).redirects().follow(false))
                .formParams("answers.know_purpose", "4").post("/respond/" + code + "/questions").then().statusCode(303);
        given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4}}")
                .post("/api/responses").then().statusCode(403);

        // a reminder reaches the one who has not answered, and nobody else
        daysPass(dataSource, assessment, 3);
        remind(assessment).statusCode(202);
        awaitReceived(3);
        Thread.sleep(2000);
        List<Received> reminders = received().stream().filter(m -> m.subject().startsWith("Reminder")).toList();
        assertEquals(3, received().size(), "no more mails than that");
        assertEquals(1, reminders.size(), received().toString());
        Received reminder = reminders.get(0);
        assertEquals(english, reminder.to());
        assertEquals("Reminder: Q&A <script>alert(1)</script>", reminder.subject());
        assertEquals(codeIn(en.text()), codeIn(reminder.text()));
    }

    @Test
    void aServerThatGoesAwayMidBatchLosesNoMailAndGetsNoneTwice() throws InterruptedException {
        long org = createOrganization("Flaky Mail " + System.nanoTime());
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add("batch" + i + "-" + assessment + "@example.org");
        }
        addJson(assessment, json(people.stream().map(p -> p + " " + team).toArray(String[]::new))).statusCode(201);
        awaitReceived(3);
        // what the server got before it goes away (a stopped GreenMail forgets it): taken with the sender paused
        scheduler.pause();
        Thread.sleep(1500);
        List<Received> beforeTheOutage = received();
        RealSmtp.Server.greenMail.stop();
        scheduler.resume();
        Thread.sleep(3000); // the sender tries, fails, and keeps the rest for later
        Invitations.status(assessment).body("invitations.sent", lessThan(12));
        RealSmtp.Server.restart();

        List<Received> after = awaitReceived(12 - beforeTheOutage.size());
        Thread.sleep(2000);
        after = received();
        Map<String, Integer> perPerson = new TreeMap<>();
        beforeTheOutage.forEach(m -> perPerson.merge(m.to(), 1, Integer::sum));
        after.forEach(m -> perPerson.merge(m.to(), 1, Integer::sum));
        Map<String, Integer> once = new TreeMap<>();
        people.forEach(p -> once.put(p, 1));
        assertEquals(once, perPerson, "everyone exactly once, across the outage");
        Set<String> ids = new HashSet<>();
        beforeTheOutage.forEach(m -> ids.add(m.messageId()));
        after.forEach(m -> ids.add(m.messageId()));
        assertEquals(12, ids.size(), Arrays.toString(ids.toArray()));
        Invitations.status(assessment).body("invitations.sent", equalTo(12),
                "invitations.waiting", equalTo(0));
    }
}
