package org.selving.assessment;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.instrument.Instrument;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.UnitNode;
import org.selving.report.CodeUse;
import org.selving.report.ReportService;
import org.selving.security.Roles;
import org.selving.web.ConsoleMessages;
import org.selving.web.FieldError;
import org.selving.web.FormErrors;
import org.selving.web.FormInput;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Access codes in the browser, for administrators and consultants: a form to issue a batch for a unit,
 * whose result is the codes laid out as cards to print and cut, shown this once; and per unit how many
 * were issued and, as the report shows them, used ({@link CodeUse}, the same figures as
 * {@code GET /api/assessments/{id}/access-codes}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class AccessCodePages {

    @Inject
    AssessmentService assessments;

    @Inject
    AccessCodeService codes;

    @Inject
    OrganizationDirectory directory;

    @Inject
    ReportService reports;

    @Inject
    FormInput input;

    @Inject
    PageLanguage language;

    /** The issue form as typed. */
    public record CodeForm(Long unitId, String count) {

        /** The largest batch there is. */
        public int max() {
            return AccessCodeService.MAX_BATCH;
        }
    }

    /** What a printed card says, in the assessment's language. */
    public record CardText(String language, String heading, String instructions) {
    }

    @CheckedTemplate(basePath = "assessment")
    static class Templates {
        static native TemplateInstance codes(Page page, AssessmentView assessment, List<UnitNode> units,
                CodeUse use, CodeForm form, FormErrors errors);

        static native TemplateInstance issued(Page page, AssessmentView assessment, IssuedCodes issued, CardText card);
    }

    @GET
    @Path("assessments/{id}/access-codes")
    public TemplateInstance codes(@RestPath long id) {
        return codesPage(id, new CodeForm(null, ""), FormErrors.NONE);
    }

    /** Issues a batch and shows it, this once: nothing can show these codes again. */
    @POST
    @Path("assessments/{id}/access-codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> issue(@RestPath long id, @RestForm String unitId, @RestForm String count,
            UriInfo uri) {
        Assessment assessment = assessments.assessment(id);
        List<FieldError> typos = new ArrayList<>();
        CodeForm form = new CodeForm(FormInput.number(unitId, "unitId", typos), FormInput.text(count));
        Integer number = FormInput.integer(count, "count", typos);
        try {
            if (!typos.isEmpty()) {
                throw ProblemException.invalid(typos);
            }
            CodeRequest request = new CodeRequest(form.unitId(), number);
            input.checkValid(request);
            IssuedCodes issued = codes.issue(id, request);
            Page page = language.page();
            return RestResponse.ok(Templates.issued(page, assessments.view(assessment), issued,
                    cardText(assessment, uri)).setLocale(page.locale()));
        } catch (ProblemException refused) {
            List<FieldError> errors = refused.errors().isEmpty() ? List.of(new FieldError("count", refused.detail()))
                    : refused.errors();
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    codesPage(id, form, new FormErrors(errors)));
        }
    }

    private TemplateInstance codesPage(long id, CodeForm form, FormErrors errors) {
        Assessment assessment = assessments.assessment(id);
        Page page = language.page();
        return Templates.codes(page, assessments.view(assessment), directory.units(assessment.organizationId).listed(),
                reports.codeUse(assessment.id), form, errors).setLocale(page.locale());
    }

    /** The card's words in the questionnaire's first language, the one its respondents are addressed in. */
    private CardText cardText(Assessment assessment, UriInfo uri) {
        Instrument instrument = assessments.instrument(assessment);
        String lang = PageLanguage.SUPPORTED.contains(instrument.defaultLanguage()) ? instrument.defaultLanguage()
                : PageLanguage.SUPPORTED.get(0);
        ConsoleMessages text = MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(lang));
        String address = uri.getBaseUri().toString();
        return new CardText(lang, text.card_heading(assessment.title), text.card_instructions(address));
    }
}
