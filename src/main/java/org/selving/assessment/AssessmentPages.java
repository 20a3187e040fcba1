package org.selving.assessment;

import java.net.URI;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.security.Roles;
import org.selving.web.FieldError;
import org.selving.web.FormErrors;
import org.selving.web.FormInput;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Assessments in the browser, for administrators and consultants: the form for a new draft, and the
 * page of one assessment with its settings, its status, the buttons that open and close it, its open
 * link and the way to its codes, imports and report. The work is done by {@link AssessmentService},
 * as for the JSON API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class AssessmentPages {

    /** Times are typed and shown in the server's zone, which the form names. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    OrganizationDirectory directory;

    @Inject
    FormInput input;

    @Inject
    PageLanguage language;

    /** What was just done, said once after the redirect. */
    public enum Notice {
        CREATED,
        OPENED,
        CLOSED,
        PAIRED
    }

    /** A questionnaire to choose, titled in the page's language where it has it. */
    public record InstrumentChoice(String key, String title) {
    }

    /** What the new-assessment form offers: questionnaires, the languages of the segment question, the zone of times. */
    public record Choices(List<InstrumentChoice> instruments, List<String> languages, String zone) {
    }

    /**
     * An assessment as its page shows it.
     *
     * @param opensAt   formatted in the page's language, {@code null} when not set
     * @param openLink  the address to share, {@code null} when the assessment has no open link
     * @param segment   the segment question and its options in the page's language, {@code null} for none
     */
    public record AssessmentPage(AssessmentView view, Organization organization, String instrumentTitle,
            String opensAt, String closesAt, String openLink, String segment, Pairing pairing) {
    }

    /** An assessment of this organization, as a link or a choice. */
    public record AssessmentChoice(long id, String title, AssessmentStatus status) {
    }

    /**
     * How an assessment is paired: for a mirror assessment, the internal one it mirrors and, until it
     * closes, the internal assessments it may be paired with; for an internal one, its mirror.
     *
     * @param mirror  whether the assessment is of a mirror questionnaire
     * @param paired  the other assessment of the pair, {@code null} for none
     */
    public record Pairing(boolean mirror, AssessmentChoice paired, List<AssessmentChoice> choices,
            boolean changeable) {
    }

    @CheckedTemplate(basePath = "assessment")
    static class Templates {
        static native TemplateInstance newAssessment(Page page, Organization organization, AssessmentForm form,
                Choices choices, FormErrors errors);

        static native TemplateInstance assessment(Page page, AssessmentPage assessment, FormErrors errors,
                Notice notice);
    }

    @GET
    @Path("organizations/{orgId}/assessments/new")
    public TemplateInstance newAssessment(@RestPath long orgId) {
        Organization organization = directory.organization(orgId);
        Page page = language.page();
        Choices choices = choices(page);
        return newAssessmentPage(page, organization, AssessmentForm.blank(choices.instruments().get(0).key(),
                choices.languages()), choices, FormErrors.NONE);
    }

    @POST
    @Path("organizations/{orgId}/assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> create(@RestPath long orgId, MultivaluedMap<String, String> fields) {
        Organization organization = directory.organization(orgId);
        Page page = language.page();
        Choices choices = choices(page);
        AssessmentForm form = AssessmentForm.read(fields, choices.languages());
        try {
            List<FieldError> typos = new ArrayList<>();
            AssessmentSettings settings = form.settings(ZONE, typos);
            if (!typos.isEmpty()) {
                throw ProblemException.invalid(typos);
            }
            input.checkValid(settings);
            Assessment assessment = assessments.create(orgId, settings);
            return RestResponse.seeOther(URI.create("/assessments/" + assessment.id + "?done=" + Notice.CREATED));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    newAssessmentPage(page, organization, form, choices, new FormErrors(refused.errors())));
        }
    }

    @GET
    @Path("assessments/{id}")
    public TemplateInstance assessment(@RestPath long id, @RestQuery Notice done, UriInfo uri) {
        return assessmentPage(id, uri, FormErrors.NONE, done);
    }

    @POST
    @Path("assessments/{id}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> open(@RestPath long id, UriInfo uri) {
        return change(id, uri, Notice.OPENED, () -> assessments.open(id));
    }

    @POST
    @Path("assessments/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> close(@RestPath long id, UriInfo uri) {
        return change(id, uri, Notice.CLOSED, () -> assessments.close(id));
    }

    /** Pairs a mirror assessment with an internal one; an empty choice unpairs it. */
    @POST
    @Path("assessments/{id}/pairing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> pair(@RestPath long id, @RestForm String pairedAssessmentId, UriInfo uri) {
        return change(id, uri, Notice.PAIRED, () -> {
            List<FieldError> typos = new ArrayList<>();
            Long paired = FormInput.number(pairedAssessmentId, "pairedAssessmentId", typos);
            if (!typos.isEmpty()) {
                throw ProblemException.invalid(typos);
            }
            assessments.pair(id, paired);
        });
    }

    /** Opens or closes; a refusal (already open, window over...) is said on the assessment's page. */
    private RestResponse<TemplateInstance> change(long id, UriInfo uri, Notice done, Runnable change) {
        assessments.assessment(id);
        try {
            change.run();
            return RestResponse.seeOther(URI.create("/assessments/" + id + "?done=" + done));
        } catch (ProblemException refused) {
            List<FieldError> errors = refused.errors().isEmpty() ? List.of(new FieldError("status", refused.detail()))
                    : refused.errors();
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    assessmentPage(id, uri, new FormErrors(errors), null));
        }
    }

    private TemplateInstance newAssessmentPage(Page page, Organization organization, AssessmentForm form,
            Choices choices, FormErrors errors) {
        return Templates.newAssessment(page, organization, form, choices, errors).setLocale(page.locale());
    }

    private TemplateInstance assessmentPage(long id, UriInfo uri, FormErrors errors, Notice notice) {
        Assessment assessment = assessments.assessment(id);
        AssessmentView view = assessments.view(assessment);
        Instrument instrument = assessments.instrument(assessment);
        Page page = language.page();
        String lang = instrument.languages().contains(page.language()) ? page.language() : instrument.defaultLanguage();
        String segment = assessments.segmentQuestion(assessment).map(q -> q.text().get(lang) + " ("
                + String.join(", ", q.options().stream().map(o -> o.label().get(lang)).toList()) + ")").orElse(null);
        String openLink = assessment.openLink
                ? uri.getBaseUriBuilder().path("respond/open/" + id).build().toString() : null;
        AssessmentPage shown = new AssessmentPage(view, directory.organization(assessment.organizationId),
                instrument.title().get(lang), format(assessment.opensAt, page.locale()),
                format(assessment.closesAt, page.locale()), openLink, segment, pairing(assessment, view, instrument));
        return Templates.assessment(page, shown, errors, notice).setLocale(page.locale());
    }

    private Pairing pairing(Assessment assessment, AssessmentView view, Instrument instrument) {
        List<Assessment> all = assessments.list(assessment.organizationId);
        if (!instrument.isMirror()) {
            Long mirror = view.mirrorAssessmentId();
            return new Pairing(false, mirror == null ? null : choice(all, mirror), List.of(), false);
        }
        String mirrored = instrument.mirrors().instrument();
        List<AssessmentChoice> choices = all.stream()
                .filter(a -> assessments.instrument(a).key().equals(mirrored)).map(a -> choice(all, a.id)).toList();
        Long paired = assessment.pairedAssessmentId;
        return new Pairing(true, paired == null ? null : choice(all, paired), choices,
                assessment.status != AssessmentStatus.CLOSED);
    }

    private static AssessmentChoice choice(List<Assessment> all, long id) {
        Assessment a = all.stream().filter(candidate -> candidate.id == id).findFirst().orElseThrow();
        return new AssessmentChoice(a.id, a.title, a.status);
    }

    private Choices choices(Page page) {
        return choices(catalog, page);
    }

    /** The questionnaires to choose from and the languages of a segment question, for a form in this page's language. */
    public static Choices choices(InstrumentCatalog catalog, Page page) {
        List<Instrument> all = catalog.all();
        List<InstrumentChoice> instruments = all.stream().map(i -> new InstrumentChoice(i.key(),
                i.title().getOrDefault(page.language(), i.title().get(i.defaultLanguage())))).toList();
        List<String> languages = all.stream().flatMap(i -> i.languages().stream()).distinct().toList();
        return new Choices(instruments, languages, ZONE.getId());
    }

    private static String format(Instant time, Locale locale) {
        return time == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(time);
    }
}
