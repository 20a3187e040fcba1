package org.selving.invitation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentView;
import org.selving.response.ImportPages.Refusal;
import org.selving.security.Roles;
import org.selving.web.FieldError;
import org.selving.web.FormErrors;
import org.selving.web.FormInput;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * Invitations in the browser, for administrators and consultants: add people from a CSV file (a
 * refused file is listed line by line, as the API says it, and nobody is added), follow the sending
 * and participation, set how reminders go, send one now, delete the list. The work is done by the
 * same services as the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class InvitationPages {

    @Inject
    InvitationService invitations;

    @Inject
    InvitationOverview overview;

    @Inject
    Reminders reminders;

    @Inject
    ParticipantLists lists;

    @Inject
    AssessmentService assessments;

    @Inject
    FormInput input;

    @Inject
    PageLanguage language;

    @ConfigProperty(name = "selving.invitations.max-list-size")
    MemorySize maxListSize;

    /** What was just done, said once after the redirect. */
    public enum Notice {
        ADDED, REMINDING, SAVED, DELETED
    }

    /**
     * The page's figures and dates in its language.
     *
     * @param languages the languages a list may give, as the hint names them
     */
    public record Shown(InvitationStatus status, String deletedBy, String listDeletedAt, String lastReminder,
            String nextReminder, String languages, int keepDays) {
    }

    /** The reminder settings as typed. */
    public record SettingsForm(String maxReminders, String gapDays, boolean automatic) {
    }

    @CheckedTemplate(basePath = "invitation")
    static class Templates {
        static native TemplateInstance invitations(Page page, AssessmentView assessment, Shown shown,
                SettingsForm settings, Notice notice, Integer added, Refusal refusal, FormErrors errors);
    }

    @GET
    @Path("assessments/{id}/invitations")
    public TemplateInstance page(@RestPath long id, @RestQuery Notice done, @RestQuery Integer added) {
        return render(id, done, added, null, null, FormErrors.NONE);
    }

    @POST
    @Path("assessments/{id}/participants")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> addFile(@RestPath long id, @RestForm("file") FileUpload file, UriInfo uri) {
        assessments.assessment(id);
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw ProblemException.invalid("file", "choose a file of participants");
            }
            if (file.size() > maxListSize.asLongValue()) {
                throw new ProblemException(413, "Payload too large", "The file has " + file.size() + " bytes; at most "
                        + maxListSize.asLongValue() + " are accepted.", List.of(new FieldError("file",
                                "larger than " + maxListSize.asLongValue() + " bytes", 1)));
            }
            InvitationService.ListAdded added = invitations.addCsv(id, read(file), InvitationResource.base(uri));
            return RestResponse.seeOther(URI.create("/assessments/" + id + "/invitations?done=" + Notice.ADDED
                    + "&added=" + added.added()));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    render(id, null, null, null, new Refusal(refused.detail(), refused.errors()), FormErrors.NONE));
        }
    }

    @POST
    @Path("assessments/{id}/invitations/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> settings(@RestPath long id, @RestForm String maxReminders,
            @RestForm String gapDays, @RestForm String automatic) {
        assessments.assessment(id);
        SettingsForm form = new SettingsForm(FormInput.text(maxReminders), FormInput.text(gapDays), automatic != null);
        try {
            List<FieldError> typos = new ArrayList<>();
            ReminderSettings settings = new ReminderSettings(FormInput.integer(maxReminders, "maxReminders", typos),
                    FormInput.integer(gapDays, "gapDays", typos), automatic != null);
            if (!typos.isEmpty()) {
                throw ProblemException.invalid(typos);
            }
            input.checkValid(settings);
            invitations.changeSettings(id, settings);
            return RestResponse.seeOther(URI.create("/assessments/" + id + "/invitations?done=" + Notice.SAVED));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    render(id, null, null, form, null, new FormErrors(errors(refused, "maxReminders"))));
        }
    }

    @POST
    @Path("assessments/{id}/invitations/reminders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> remind(@RestPath long id) {
        assessments.assessment(id);
        try {
            reminders.startRound(id);
            return RestResponse.seeOther(URI.create("/assessments/" + id + "/invitations?done=" + Notice.REMINDING));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    render(id, null, null, null, null, new FormErrors(errors(refused, "reminders"))));
        }
    }

    @POST
    @Path("assessments/{id}/participants/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> delete(@RestPath long id) {
        lists.deleteNow(id);
        return RestResponse.seeOther(URI.create("/assessments/" + id + "/invitations?done=" + Notice.DELETED));
    }

    private static List<FieldError> errors(ProblemException refused, String field) {
        return refused.errors().isEmpty() ? List.of(new FieldError(field, refused.detail())) : refused.errors();
    }

    private TemplateInstance render(long id, Notice notice, Integer added, SettingsForm form, Refusal refusal,
            FormErrors errors) {
        AssessmentView assessment = assessments.view(assessments.assessment(id));
        InvitationStatus status = overview.status(id);
        Page page = language.page();
        Locale locale = page.locale();
        ReminderSettings settings = status.settings();
        SettingsForm shownForm = form != null ? form : new SettingsForm(String.valueOf(settings.maxReminders()),
                String.valueOf(settings.gapDays()), settings.automatic());
        String languages = String.join(", ", InvitationService.mailLanguages(
                assessments.instrument(assessments.assessment(id))));
        Shown shown = new Shown(status, day(status.deletedBy(), locale), day(status.listDeletedAt(), locale),
                day(status.reminders().lastAt(), locale), day(status.reminders().nextFrom(), locale), languages,
                lists.keepDays);
        return Templates.invitations(page, assessment, shown, shownForm, notice, added, refusal, errors)
                .setLocale(locale);
    }

    /** Days are enough here, and say no more than that about when anything happened. */
    private static String day(Instant time, Locale locale) {
        return time == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(time);
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
    }
}
