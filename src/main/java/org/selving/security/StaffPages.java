package org.selving.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.web.Page;
import org.selving.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The signed-in home: the organizations the caller may see (and nothing else, since they come from
 * the scoped {@link OrganizationDirectory}), each leading to its assessments and their reports.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class StaffPages {

    @Inject
    OrganizationDirectory directory;

    @Inject
    AssessmentService assessments;

    @Inject
    AccessScope scope;

    @Inject
    PageLanguage language;

    /** One organization in the navigation. */
    public record OrganizationLink(long id, String name) {
    }

    /**
     * One assessment of an organization's page.
     *
     * @param reported whether it has a report for the caller: not a draft, and not open for a manager
     *                 limited to a unit (open assessments publish organization-wide figures only)
     */
    public record AssessmentLink(long id, String title, AssessmentStatus status, boolean reported) {
    }

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance home(Page page, Staff staff, List<OrganizationLink> organizations,
                String limitedTo);

        static native TemplateInstance organization(Page page, Organization organization,
                List<AssessmentLink> assessments);
    }

    @GET
    @Path("home")
    public TemplateInstance home() {
        Caller caller = scope.caller().orElseThrow();
        List<OrganizationLink> organizations = directory.organizations().stream()
                .map(o -> new OrganizationLink(o.id, o.name)).toList();
        String limitedTo = caller.unitId() == null ? null
                : directory.units(caller.organizationId()).path(caller.unitId());
        Page page = language.page();
        return Templates.home(page, Staff.of(caller), organizations, limitedTo).setLocale(page.locale());
    }

    @GET
    @Path("organizations/{id}")
    public TemplateInstance organization(@RestPath long id) {
        Organization organization = directory.organization(id);
        boolean limited = directory.unitLimit().isPresent();
        List<AssessmentLink> links = assessments.list(id).stream()
                .map(a -> new AssessmentLink(a.id, a.title, a.status, a.status == AssessmentStatus.CLOSED
                        || a.status == AssessmentStatus.OPEN && !limited))
                .toList();
        Page page = language.page();
        return Templates.organization(page, organization, links)
                .setLocale(page.locale());
    }
}
