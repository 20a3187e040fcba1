package org.selving.workshop;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.selving.security.Roles;
import org.selving.web.ProblemException;

import io.quarkus.security.Authenticated;

/** The live sessions of an assessment: listed, and started on it while it takes answers. */
@Path("/api/assessments/{id}/workshops")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentWorkshopResource {

    @Inject
    WorkshopService workshops;

    /** All of them for its facilitators, the ended ones for its managers who see their unit. */
    @GET
    @Authenticated
    public List<WorkshopView> list(long id) {
        return workshops.list(id).stream().map(WorkshopView::of).toList();
    }

    /** Starts a session on an open assessment that takes answers now, for one of its units ({@code {"unitId"}}). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<WorkshopView> start(long id, @Valid @NotNull WorkshopRequest body) {
        if (body.assessment() != null) {
            throw ProblemException.invalid("assessment", "the session runs on this assessment: leave it out");
        }
        return RestResponse.status(RestResponse.Status.CREATED, WorkshopView.of(workshops.start(id, body.unitId())));
    }
}
