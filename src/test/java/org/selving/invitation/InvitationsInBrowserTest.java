package org.selving.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.selving.testing.Browser;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In a real browser: a consultant adds a list of people from a file; one of them follows the link of
 * their mail and answers, another stops the reminders. Each page passes the axe-core WCAG A/AA rules.
 */
@QuarkusTest
class InvitationsInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @Test
    void peopleInvitedFromAFileAnswerThroughTheirLinkOrStopTheReminders() throws IOException {
        long org = createOrganization("Browser Mail Co");
        long team = createUnit(org, "Front desk", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        String email = "mail-consultant@browser.test";
        createAccount(email, "CONSULTANT", "\"clientIds\": [" + org + "]");
        String answering = "answering@browser.test";
        String stopping = "stopping@browser.test";
        Path file = Files.createTempFile("people-", ".csv");
        Files.writeString(file, "email,unit,language\n" + answering + ",Front desk,en\n" + stopping + ",Front desk,fr\n");

        browser.signIn(email, PASSWORD);
        browser.open("/assessments/" + assessment);
        browser.clickAndWait("a[href='/assessments/" + assessment + "/invitations']");
        assertEquals("", browser.accessibilityViolations(), "invitations page");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("form[action$='/participants'] button[type=submit]");
        assertTrue(browser.find("p.notice").getText().contains("2 people were added"), browser.find("main").getText());
        assertTrue(browser.find("table.invited-units").getText().contains("Front desk 2"));
        assertEquals("", browser.accessibilityViolations(), "invitations page with a list");
        Invitations.await("the invitations", () -> !mailbox.getMailsSentTo(answering).isEmpty()
                && !mailbox.getMailsSentTo(stopping).isEmpty());
        Files.delete(file);

        // the first person, on their own device, follows their link and answers
        browser.driver().manage().deleteAllCookies();
        String link = mailbox.getMailsSentTo(answering).get(0).getText()
                .replaceAll("(?s).*?(https?://\\S+/respond/\\S+).*", "$1");
        browser.driver().get(link);
        browser.clickAndWait("main a.button");
        browser.find("label[for='q-know_purpose-4']").click();
        browser.clickAndWait("main form button[type=submit]:not([name])");
        assertEquals("/respond/thanks", browser.path().replaceFirst("\\?.*", ""));

        // the second stops the reminders, in French, with the page's button (opening the link stops nothing)
        String token = Invitations.unsubscribeTokenIn(mailbox.getMailsSentTo(stopping).get(0).getText());
        browser.open("/unsubscribe/" + token + "?lang=fr");
        assertEquals("", browser.accessibilityViolations(), "unsubscribe page");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals("C'est fait : plus de rappels", browser.find("h1").getText());
        assertEquals("", browser.accessibilityViolations(), "unsubscribed page");
    }
}
