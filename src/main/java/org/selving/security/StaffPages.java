package org.selving.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.selving.organization.OrganizationDirectory;
import org.selving.web.Page;
import org.selving.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The signed-in home: the organizations the caller may see (and nothing else, since they come from
 * the scoped {@link OrganizationDirectory}), each leading to its page ({@code OrganizationPages}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class StaffPages {

    @Inject
    OrganizationDirectory directory;

    @Inject
    AccessScope scope;

    @Inject
    PageLanguage language;

    /** One organization in the navigation. */
    public record OrganizationLink(long id, String name) {
    }

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance home(Page page, Staff staff, List<OrganizationLink> organizations,
                String limitedTo);
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
}
