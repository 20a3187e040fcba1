package org.selving.organization;

import static org.selving.web.FormInput.text;

import java.net.URI;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.security.Roles;
import org.selving.web.FieldError;
import org.selving.web.FormErrors;
import org.selving.web.FormInput;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Organizations in the browser: the page of one (its unit tree and assessments) for everyone who may
 * see it, and for administrators and consultants the forms to create an organization and to add,
 * rename or move its units. The work is done by {@link OrganizationService} and {@link UnitService},
 * as for the JSON API; what the caller may see comes from {@link OrganizationDirectory}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganizationPages {

    @Inject
    OrganizationDirectory directory;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    AssessmentService assessments;

    @Inject
    FormInput input;

    @Inject
    PageLanguage language;

    /** What was just done, said once after the redirect. */
    public enum Notice {
        CREATED,
        UNIT_ADDED,
        UNIT_SAVED
    }

    /**
     * One assessment of an organization's page.
     *
     * @param reported whether it has a report for the caller: not a draft, and not open for a manager
     *                 limited to a unit (open assessments publish organization-wide figures only)
     */
    public record AssessmentLink(long id, String title, AssessmentStatus status, boolean reported) {
    }

    /** A unit form as entered, or as stored; {@code parentId} {@code null} for the top level. */
    public record UnitForm(String name, Long parentId) {

        static final UnitForm EMPTY = new UnitForm("", null);
    }

    @CheckedTemplate(basePath = "organization")
    static class Templates {
        static native TemplateInstance newOrganization(Page page, String name, FormErrors errors);

        static native TemplateInstance organization(Page page, Organization organization, List<UnitNode> tree,
                List<UnitNode> parents, List<AssessmentLink> assessments, UnitForm form, FormErrors errors,
                Notice notice);

        static native TemplateInstance unit(Page page, Organization organization, UnitNode unit, List<UnitNode> parents,
                UnitForm form, FormErrors errors, Notice notice);
    }

    @GET
    @Path("organizations/new")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public TemplateInstance newOrganization() {
        return newOrganizationPage("", FormErrors.NONE);
    }

    @POST
    @Path("organizations")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> create(@RestForm String name) {
        OrganizationRequest request = new OrganizationRequest(text(name));
        try {
            input.checkValid(request);
            Organization organization = organizations.create(request.name(), false);
            return RestResponse.seeOther(URI.create("/organizations/" + organization.id + "?done=" + Notice.CREATED));
        } catch (ProblemException refused) {
            return refusedWith(refused, newOrganizationPage(request.name(), new FormErrors(refused.errors())));
        }
    }

    @GET
    @Path("organizations/{id}")
    @Authenticated
    public TemplateInstance organization(@RestPath long id, @RestQuery Notice done) {
        return organizationPage(id, UnitForm.EMPTY, FormErrors.NONE, done);
    }

    @POST
    @Path("organizations/{orgId}/units")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> addUnit(@RestPath long orgId, @RestForm String name,
            @RestForm String parentId) {
        directory.organization(orgId);
        List<FieldError> typos = new ArrayList<>();
        UnitForm form = new UnitForm(text(name), FormInput.number(parentId, "parentId", typos));
        try {
            units.create(orgId, checked(form, typos));
            return RestResponse.seeOther(URI.create("/organizations/" + orgId + "?done=" + Notice.UNIT_ADDED));
        } catch (ProblemException refused) {
            return refusedWith(refused, organizationPage(orgId, form, new FormErrors(refused.errors()), null));
        }
    }

    @GET
    @Path("organizations/{orgId}/units/{unitId}")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public TemplateInstance unit(@RestPath long orgId, @RestPath long unitId, @RestQuery Notice done) {
        Unit unit = directory.unit(orgId, unitId);
        return unitPage(orgId, unitId, new UnitForm(unit.name, unit.parentId), FormErrors.NONE, done);
    }

    /** Renames the unit, and moves it with everything below it when another parent is chosen. */
    @POST
    @Path("organizations/{orgId}/units/{unitId}")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> saveUnit(@RestPath long orgId, @RestPath long unitId, @RestForm String name,
            @RestForm String parentId) {
        directory.unit(orgId, unitId);
        List<FieldError> typos = new ArrayList<>();
        UnitForm form = new UnitForm(text(name), FormInput.number(parentId, "parentId", typos));
        try {
            units.update(orgId, unitId, checked(form, typos));
            return RestResponse.seeOther(URI.create("/organizations/" + orgId + "/units/" + unitId + "?done="
                    + Notice.UNIT_SAVED));
        } catch (ProblemException refused) {
            return refusedWith(refused, unitPage(orgId, unitId, form, new FormErrors(refused.errors()), null));
        }
    }

    private UnitRequest checked(UnitForm form, List<FieldError> typos) {
        if (!typos.isEmpty()) {
            throw ProblemException.invalid(typos);
        }
        UnitRequest request = new UnitRequest(form.name(), form.parentId());
        input.checkValid(request);
        return request;
    }

    private static RestResponse<TemplateInstance> refusedWith(ProblemException refused, TemplateInstance page) {
        return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()), page);
    }

    private TemplateInstance newOrganizationPage(String name, FormErrors errors) {
        Page page = language.page();
        return Templates.newOrganization(page, name, errors).setLocale(page.locale());
    }

    private TemplateInstance organizationPage(long id, UnitForm form, FormErrors errors, Notice notice) {
        Organization organization = directory.organization(id);
        UnitTree tree = directory.units(id);
        boolean limited = directory.unitLimit().isPresent();
        List<AssessmentLink> links = assessments.list(id).stream()
                .map(a -> new AssessmentLink(a.id, a.title, a.status, a.status == AssessmentStatus.CLOSED
                        || a.status == AssessmentStatus.OPEN && !limited))
                .toList();
        Page page = language.page();
        return Templates.organization(page, organization, tree.nodes(), tree.listed(), links, form,
                errors, notice).setLocale(page.locale());
    }

    private TemplateInstance unitPage(long orgId, long unitId, UnitForm form, FormErrors errors, Notice notice) {
        Organization organization = directory.organization(orgId);
        UnitTree tree = directory.units(orgId);
        UnitNode unit = tree.listed().stream().filter(u -> u.id() == unitId).findFirst().orElseThrow();
        // a unit cannot move under itself or below it
        List<UnitNode> parents = tree.listed().stream().filter(u -> !tree.isWithin(u.id(), unitId))
                .toList();
        Page page = language.page();
        return Templates.unit(page, organization, unit, parents, form, errors, notice).setLocale(page.locale());
    }
}
