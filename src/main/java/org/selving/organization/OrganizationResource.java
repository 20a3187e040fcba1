package org.selving.organization;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/** Organizations: the clients whose internal health is assessed. */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationDirectory directory;

    @Inject
    OrganizationService organizations;

    @GET
    public List<OrganizationView> list() {
        return directory.organizations().stream().map(OrganizationView::of).toList();
    }

    @POST
    public RestResponse<OrganizationView> create(@Valid @NotNull OrganizationRequest body) {
        Organization organization = organizations.create(body.name(), false);
        return RestResponse.ResponseBuilder.<OrganizationView>created(URI.create("/api/organizations/" + organization.id))
                .entity(OrganizationView.of(organization)).build();
    }

    @GET
    @Path("{id}")
    public OrganizationView get(long id) {
        return OrganizationView.of(directory.organization(id));
    }

    /** Renames the organization. */
    @PUT
    @Path("{id}")
    public OrganizationView update(long id, @Valid @NotNull OrganizationRequest body) {
        return OrganizationView.of(organizations.rename(id, body.name()));
    }
}
