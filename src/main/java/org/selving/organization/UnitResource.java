package org.selving.organization;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/** An organization's units (divisions, departments, teams), a tree of any depth. */
@Path("/api/organizations/{orgId}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    OrganizationDirectory directory;

    @Inject
    UnitService units;

    /** The whole tree: top-level units, each with its children, to any depth. */
    @GET
    public List<UnitNode> tree(long orgId) {
        return directory.units(orgId).nodes();
    }

    @POST
    public RestResponse<UnitView> create(long orgId, @Valid @NotNull UnitRequest body) {
        Unit unit = units.create(orgId, body);
        return RestResponse.ResponseBuilder.<UnitView>created(URI.create("/api/organizations/" + orgId + "/units/" + unit.id))
                .entity(view(orgId, unit.id)).build();
    }

    @GET
    @Path("{unitId}")
    public UnitView get(long orgId, long unitId) {
        directory.unit(orgId, unitId);
        return view(orgId, unitId);
    }

    /** Renames the unit, and moves it (with its sub-units) when {@code parentId} changes. */
    @PUT
    @Path("{unitId}")
    public UnitView update(long orgId, long unitId, @Valid @NotNull UnitRequest body) {
        units.update(orgId, unitId, body);
        return view(orgId, unitId);
    }

    @DELETE
    @Path("{unitId}")
    public void delete(long orgId, long unitId) {
        units.delete(orgId, unitId);
    }

    private UnitView view(long orgId, long unitId) {
        UnitTree tree = directory.units(orgId);
        Unit unit = tree.find(unitId).orElseThrow();
        return new UnitView(unit.id, unit.name, unit.parentId, tree.path(unitId));
    }
}
