package org.selving.organization;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @GET
    public List<OrganizationView> list() {
        return directory.organizations().stream().map(OrganizationView::of).toList();
    }

    @POST
    @Transactional
    public RestResponse<OrganizationView> create(@Valid @NotNull OrganizationRequest body) {
        Organization organization = new Organization();
        organization.name = body.name().strip();
        organization.createdAt = Instant.now();
        organization.persist();
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
    @Transactional
    public OrganizationView update(long id, @Valid @NotNull OrganizationRequest body) {
        Organization organization = directory.organization(id);
        organization.name = body.name().strip();
        return OrganizationView.of(organization);
    }
}
