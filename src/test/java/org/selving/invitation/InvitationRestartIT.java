package org.selving.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;

/**
 * The packaged app killed with {@code kill -9} in the middle of sending a batch of invitations through
 * a real SMTP server (GreenMail), then started again: every invitation arrives, and the only one that
 * may arrive twice is the one being handed over at the moment of the kill, with the same Message-ID.
 */
class InvitationRestartIT {

    private static final int PEOPLE = 40;

    @TempDir
    Path workDir;

    @AfterEach
    void forgetApp() {
        RestAssured.reset();
        Api.forgetSessions();
    }

    private static void use(PackagedApp app) {
        Api.forgetSessions();
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = app.port();
    }

    @Test
    void aBatchKilledMidwayIsResumedWithoutLosingAMail() throws Exception {
        assertTrue(PackagedApp.isBuilt(), "the IT runs after packaging: mvn verify");
        ServerSetup smtp = new ServerSetup(RealSmtp.Server.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(smtp);
        greenMail.start();
        PackagedApp app = new PackagedApp(workDir, "-Dselving.sample.enabled=false", "-Dquarkus.mailer.mock=false",
                "-Dquarkus.mailer.host=127.0.0.1", "-Dquarkus.mailer.port=" + smtp.getPort(),
                "-Dselving.invitations.mails-per-minute=300");
        long assessment;
        MimeMessage[] received;
        try (app) {
            use(app.start());
            long org = createOrganization("Crash Mail Ltd");
            long unit = createUnit(org, "Team", null);
            assessment = createAssessment(org, "");
            open(assessment);
            List<String> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add("{\"email\": \"person" + i + "@crash.example.org\", \"unitId\": " + unit + "}");
            }
            asAdmin().body("{\"participants\": [" + String.join(", ", people) + "]}")
                    .post("/api/assessments/" + assessment + "/participants").then().statusCode(201);
            Invitations.await("some mails", () -> greenMail.getReceivedMessages().length >= 8);
            app.kill();
            int beforeTheKill = greenMail.getReceivedMessages().length;
            assertTrue(beforeTheKill < PEOPLE, "killed mid-batch: " + beforeTheKill + " of " + PEOPLE + " sent");

            use(app.start());
            Invitations.await("every invitation", () -> recipients(greenMail).size() == PEOPLE);
            Thread.sleep(3000); // nothing more comes
            app.stop();
            received = greenMail.getReceivedMessages(); // a stopped GreenMail forgets them
        } finally {
            greenMail.stop();
        }

        Map<String, List<String>> idsByRecipient = new HashMap<>();
        for (MimeMessage message : received) {
            idsByRecipient.computeIfAbsent(message.getAllRecipients()[0].toString(), r -> new ArrayList<>())
                    .add(message.getMessageID());
        }
        assertEquals(PEOPLE, idsByRecipient.size(), "everyone got their invitation");
        int copies = received.length - PEOPLE;
        assertTrue(copies <= 1, copies + " mails arrived twice; at most the one in flight at the kill may");
        idsByRecipient.values().forEach(ids -> assertEquals(1, ids.stream().distinct().count(),
                "a copy carries the same Message-ID: " + ids));
        try (Connection db = app.openDatabase();
                PreparedStatement states = db.prepareStatement(
                        "SELECT COUNT(*) FROM mail_outbox WHERE assessment_id = ? AND state = 'SENT'")) {
            states.setLong(1, assessment);
            try (ResultSet rs = states.executeQuery()) {
                rs.next();
                assertEquals(PEOPLE, rs.getLong(1), "every row of the outbox is marked sent");
            }
        }
    }

    private static java.util.Set<String> recipients(GreenMail greenMail) {
        java.util.Set<String> recipients = new java.util.HashSet<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                recipients.add(message.getAllRecipients()[0].toString());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return recipients;
    }
}
