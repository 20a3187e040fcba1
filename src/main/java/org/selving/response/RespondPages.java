package org.selving.response;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.assessment.AccessCodeService;
import org.selving.assessment.AccessCodes;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.assessment.Intake;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentVersions;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.UnitNode;
import org.selving.web.FieldError;
import org.selving.web.Messages;
import org.selving.web.Page;
import org.selving.web.PageError;
import org.selving.web.PageException;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The pages staff answer on, without JavaScript: the home page with the access-code entry, then for
 * a code ({@code /respond/{code}}) or an open link ({@code /respond/open/{assessmentId}}) a page that
 * says what is recorded, the questionnaire, and a thank-you page. Answers are checked and stored by
 * {@link ResponseService}, exactly as the JSON API does; the form is posted, then redirected (303) to
 * the thank-you page, so reloading it never sends the answers again. Open to anyone, without an
 * account: a code or an open link admits, and what the pages show of the organization (its name, the
 * unit, the units to pick from) comes from {@link OrganizationDirectory#forRespondent} after that.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class RespondPages {

    /** The name of the language buttons of the questionnaire: they show it again, and send nothing. */
    static final String CHANGE_LANGUAGE = "change-language";

    @Inject
    ResponseService responses;

    @Inject
    AssessmentService assessments;

    @Inject
    AccessCodeService codes;

    @Inject
    OrganizationDirectory directory;

    @Inject
    InstrumentVersions versions;

    @Inject
    PageLanguage language;

    @CheckedTemplate(basePath = "response")
    static class Templates {
        static native TemplateInstance home(Page page, CodeEntry entry);

        static native TemplateInstance intro(Page page, Invitation invitation);

        static native TemplateInstance questionnaire(Page page, QuestionnaireForm form);

        static native TemplateInstance thanks(Page page);
    }

    @GET
    public TemplateInstance home() {
        Page page = language.page();
        return Templates.home(page, CodeEntry.empty()).setLocale(page.locale());
    }

    /** The access code typed on the home page: to its questionnaire, or back with a message. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> enterCode(@RestForm String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty()) {
            return homeWith(new CodeEntry(typed, CodeEntry.Problem.MISSING));
        }
        try {
            responses.admitWithCode(typed);
        } catch (ProblemException refused) {
            if (refused.status() == RestResponse.StatusCode.TOO_MANY_REQUESTS) {
                return homeWith(new CodeEntry(typed, CodeEntry.Problem.TOO_MANY_ATTEMPTS));
            }
            if (isAboutTheCode(refused)) {
                return homeWith(new CodeEntry(typed, CodeEntry.Problem.NOT_USABLE));
            }
            // the code is good but the assessment takes no answers: its own page says why
        }
        return RestResponse.seeOther(URI.create("/respond/" + AccessCodes.normalize(typed)));
    }

    @GET
    @Path("respond/{code}")
    public TemplateInstance introWithCode(@RestPath String code) {
        Admission admission = admitWithCode(code);
        return intro(admission.intake(), admission.instrument(), admission.unitId(), questionsPath(code));
    }

    @GET
    @Path("respond/{code}/questions")
    public TemplateInstance questionnaireWithCode(@RestPath String code) {
        return blank(byCode(code));
    }

    @POST
    @Path("respond/{code}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answerWithCode(@RestPath String code, MultivaluedMap<String, String> form) {
        return answer(byCode(code), form, entries -> entries.submission(code, null, null));
    }

    @GET
    @Path("respond/open/{assessmentId}")
    public TemplateInstance introByLink(@RestPath long assessmentId) {
        Intake intake = openLink(assessmentId);
        return intro(intake, versions.definition(intake.instrumentVersionId()), null, questionsPath(assessmentId));
    }

    @GET
    @Path("respond/open/{assessmentId}/questions")
    public TemplateInstance questionnaireByLink(@RestPath long assessmentId) {
        return blank(byLink(assessmentId));
    }

    @POST
    @Path("respond/open/{assessmentId}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answerByLink(@RestPath long assessmentId,
            MultivaluedMap<String, String> form) {
        return answer(byLink(assessmentId), form, entries -> entries.submission(null, assessmentId, entries.chosenUnit()));
    }

    @GET
    @Path("respond/thanks")
    public TemplateInstance thanks() {
        Page page = language.page();
        return Templates.thanks(page).setLocale(page.locale());
    }

    /** What a questionnaire page needs, by code or by link. */
    private record Questionnaire(String action, Intake intake, Instrument instrument, List<UnitNode> units) {
    }

    /**
     * Sends the form's answers to the response service: 303 to the thank-you page once they are
     * stored, or the form again with every entry kept and every problem next to its field. A press on
     * a language button shows the form again in that language and sends nothing.
     */
    private RestResponse<TemplateInstance> answer(Questionnaire questionnaire, MultivaluedMap<String, String> form,
            Function<FormEntries, ResponseSubmission> submission) {
        FormEntries entries = FormEntries.read(form, questionnaire.instrument());
        Page page = formPage(questionnaire);
        if (form.containsKey(CHANGE_LANGUAGE)) {
            return RestResponse.ok(render(page, questionnaire, entries, List.of()));
        }
        List<FieldError> errors = entries.unreadable();
        if (errors.isEmpty()) {
            try {
                responses.submit(submission.apply(entries));
                return RestResponse.seeOther(URI.create("/respond/thanks?" + PageLanguage.PARAMETER + "="
                        + page.language()));
            } catch (ProblemException refused) {
                if (refused.status() != 400 || isAboutTheCode(refused)) {
                    throw refusal(refused, () -> intake(questionnaire.intake().assessmentId()));
                }
                errors = refused.errors();
            }
        }
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, render(page, questionnaire, entries, errors));
    }

    private TemplateInstance intro(Intake intake, Instrument instrument, Long unitId, String questionsPath) {
        Page page = language.page(instrument.languages(), instrument.defaultLanguage());
        OrganizationDirectory.RespondentView organization = directory.forRespondent(intake.organizationId());
        String lang = page.language();
        SegmentQuestion segment = intake.segmentQuestion();
        Invitation invitation = new Invitation(instrument.title().get(lang), organization.name(), intake.title(),
                instrument.description().get(lang), unitId == null ? null : organization.units().path(unitId),
                segment == null ? null : segment.text().get(lang), !instrument.comments().isEmpty(),
                instrument.items().size(), intake.minGroupSize(), intake.commentThreshold(), unitId != null,
                questionsPath + "?" + PageLanguage.PARAMETER + "=" + lang, instrument.isMirror());
        return Templates.intro(page, invitation).setLocale(page.locale());
    }

    private TemplateInstance blank(Questionnaire questionnaire) {
        return render(formPage(questionnaire), questionnaire, FormEntries.none(), List.of());
    }

    private TemplateInstance render(Page page, Questionnaire questionnaire, FormEntries entries,
            List<FieldError> errors) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(page.language()));
        QuestionnaireForm form = QuestionnaireForm.of(questionnaire.action(), questionnaire.instrument(),
                page.language(), questionnaire.intake().segmentQuestion(), questionnaire.intake().minGroupSize(),
                questionnaire.units(),
                entries, errors, msg);
        return Templates.questionnaire(page, form).setLocale(page.locale());
    }

    private Page formPage(Questionnaire questionnaire) {
        return language.formPage(questionnaire.instrument().languages(), questionnaire.instrument().defaultLanguage());
    }

    private RestResponse<TemplateInstance> homeWith(CodeEntry entry) {
        Page page = language.page();
        RestResponse.Status status = entry.problem() == CodeEntry.Problem.TOO_MANY_ATTEMPTS
                ? RestResponse.Status.TOO_MANY_REQUESTS : RestResponse.Status.BAD_REQUEST;
        return RestResponse.status(status, Templates.home(page, entry).setLocale(page.locale()));
    }

    private Questionnaire byCode(String code) {
        Admission admission = admitWithCode(code);
        return new Questionnaire(questionsPath(code), admission.intake(), admission.instrument(), null);
    }

    private Questionnaire byLink(long assessmentId) {
        Intake intake = openLink(assessmentId);
        return new Questionnaire(questionsPath(assessmentId), intake,
                versions.definition(intake.instrumentVersionId()),
                directory.forRespondent(intake.organizationId()).units().nodes());
    }

    private static String questionsPath(String code) {
        return "/respond/" + AccessCodes.normalize(code) + "/questions";
    }

    private static String questionsPath(long assessmentId) {
        return "/respond/open/" + assessmentId + "/questions";
    }

    private Admission admitWithCode(String code) {
        try {
            return responses.admitWithCode(code);
        } catch (ProblemException refused) {
            throw refusal(refused, () -> codes.find(code).map(holder -> intake(holder.assessmentId())).orElseThrow());
        }
    }

    private Intake openLink(long assessmentId) {
        try {
            return responses.openLink(assessmentId);
        } catch (ProblemException refused) {
            throw refusal(refused, () -> intake(assessmentId));
        }
    }

    private Intake intake(long assessmentId) {
        return assessments.intake(assessmentId).orElseThrow();
    }

    /**
     * The page that explains why the response service refused: too many unusable codes from this
     * connection (429), a code that cannot be used (unknown and used alike), an assessment not open
     * yet or closed (409), or nothing to answer here.
     */
    private static PageException refusal(ProblemException refused, Supplier<Intake> intake) {
        if (refused.status() == RestResponse.StatusCode.TOO_MANY_REQUESTS) {
            return new PageException(PageError.TOO_MANY_ATTEMPTS, Instant.now().plus(refused.retryAfter()));
        }
        if (isAboutTheCode(refused)) {
            return new PageException(PageError.CODE_NOT_USABLE);
        }
        if (refused.status() == 409) {
            return notAccepting(intake.get(), Instant.now());
        }
        return new PageException(PageError.NOT_FOUND);
    }

    private static PageException notAccepting(Intake intake, Instant now) {
        boolean opensLater = intake.opensAt() != null && now.isBefore(intake.opensAt());
        if (intake.status() == AssessmentStatus.DRAFT || intake.status() == AssessmentStatus.OPEN && opensLater) {
            return new PageException(PageError.NOT_OPEN_YET, opensLater ? intake.opensAt() : null);
        }
        return new PageException(PageError.CLOSED);
    }

    private static boolean isAboutTheCode(ProblemException refused) {
        return refused.errors().stream().anyMatch(error -> error.field().equals("code"));
    }
}
