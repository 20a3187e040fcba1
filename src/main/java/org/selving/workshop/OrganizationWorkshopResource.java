package org.selving.workshop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.selving.security.Roles;
import org.selving.web.ProblemException;

/** A workshop in one step: an assessment of its own, created, opened and its live session started. */
@Path("/api/organizations/{orgId}/workshops")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationWorkshopResource {

    @Inject
    WorkshopService workshops;

    /** {@code {"unitId", "assessment": {...the assessment's settings...}}}; its open link stays off. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<WorkshopView> start(long orgId, @Valid @NotNull WorkshopRequest body) {
        if (body.assessment() == null) {
            throw ProblemException.invalid("assessment", "required: the settings of the workshop's assessment");
        }
        return RestResponse.status(RestResponse.Status.CREATED,
                WorkshopView.of(workshops.startWithNewAssessment(orgId, body.unitId(), body.assessment())));
    }
}
