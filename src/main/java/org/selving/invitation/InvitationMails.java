package org.selving.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selving.assessment.AccessCodes;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.Intake;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentVersions;
import org.selving.organization.OrganizationDirectory;
import org.selving.web.PageLanguage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Writes one mail of the outbox: plain text and HTML (escaped by Qute), in the participant's language,
 * with their personal link ({@code /respond/<code>?lang=..}, which opens the questionnaire with the code
 * filled in), the code itself, and the link that stops reminders. A mail says nothing about anyone
 * else: not how many were asked, nor how many answered. Its Message-ID is the outbox row's, so a mail
 * sent again after a crash is recognisably the same mail.
 */
@ApplicationScoped
public class InvitationMails {

    /** Dates in mails are days, in the server's zone, as the assessment's window is typed. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentVersions versions;

    @Inject
    OrganizationDirectory directory;

    /** Where people reach the application, e.g. https://survey.example.org; else where the list was sent from. */
    @ConfigProperty(name = "selving.public-url")
    Optional<String> publicUrl;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    /** What the templates fill in. */
    public record MailContent(String language, String subject, boolean reminder, String organization, String title,
            int k, String link, String address, String code, String closesOn, String unsubscribeLink) {
    }

    @CheckedTemplate(basePath = "invitation")
    static class Templates {
        static native TemplateInstance mailText(MailContent mail);

        static native TemplateInstance mailHtml(MailContent mail);
    }

    /** An outbox row and the person it goes to, as the sender needs them. */
    record Addressed(long outboxId, long assessmentId, MailKind kind, String email, String language, String code,
            String unsubscribeToken, boolean unsubscribed, boolean codeUnused, String baseUrl) {
    }

    /** The outbox row with its person, or empty when the row is gone (the list was deleted). */
    Optional<Addressed> addressed(long outboxId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT o.assessment_id, o.kind, p.email, p.language, p.access_code, p.unsubscribe_token,
                               p.unsubscribed, EXISTS (SELECT 1 FROM unspent_code u WHERE u.access_code_id = p.access_code_id),
                               m.base_url
                        FROM mail_outbox o JOIN participant p ON p.id = o.participant_id
                        JOIN mailing m ON m.assessment_id = o.assessment_id
                        WHERE o.id = ?""")) {
            select.setLong(1, outboxId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Addressed(outboxId, row.getLong(1), MailKind.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getBoolean(7),
                        row.getBoolean(8), row.getString(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading mail " + outboxId + " failed", e);
        }
    }

    /** The mail to send. */
    Mail compose(Addressed to) {
        Intake intake = assessments.intake(to.assessmentId()).orElseThrow();
        Instrument instrument = versions.definition(intake.instrumentVersionId());
        String language = InvitationService.mailLanguages(instrument).contains(to.language()) ? to.language()
                : InvitationService.mailLanguages(instrument).get(0);
        Locale locale = Locale.forLanguageTag(language);
        InvitationMessages text = MessageBundles.get(InvitationMessages.class, Localized.Literal.of(language));
        String base = publicUrl.orElse(to.baseUrl()).replaceFirst("/+$", "");
        String title = oneLine(intake.title());
        boolean reminder = to.kind() == MailKind.REMINDER;
        String subject = reminder ? text.mail_reminder_subject(title) : text.mail_invitation_subject(title);
        String closesOn = intake.closesAt() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE)
                        .format(intake.closesAt());
        String unsubscribe = base + "/unsubscribe/" + to.unsubscribeToken() + "?" + PageLanguage.PARAMETER + "="
                + language;
        MailContent content = new MailContent(language, subject, reminder,
                oneLine(directory.forRespondent(intake.organizationId()).name()), title, intake.minGroupSize(),
                base + "/respond/" + AccessCodes.normalize(to.code()) + "?" + PageLanguage.PARAMETER + "=" + language,
                base + "/", to.code(), closesOn, unsubscribe);
        return Mail.withText(to.email(), subject, Templates.mailText(content).setLocale(locale).render())
                .setHtml(Templates.mailHtml(content).setLocale(locale).render())
                .addHeader("Message-ID", "<selving-mail-" + to.outboxId() + "." + to.assessmentId() + "@" + domain() + ">")
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("Auto-Submitted", "auto-generated");
    }

    /** The domain of the sender's address, for Message-IDs. */
    private String domain() {
        String address = from.replaceFirst(".*<", "").replaceFirst(">.*", "");
        int at = address.lastIndexOf('@');
        return at < 0 ? "selving.invalid" : address.substring(at + 1);
    }

    /** Titles and names as a subject line holds them: no line breaks or other control characters. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
