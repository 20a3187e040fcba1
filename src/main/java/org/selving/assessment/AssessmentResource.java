package org.selving.assessment;

import jakarta.annotation.security.RolesAllowed;
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
import org.selving.instrument.Instrument;
import org.selving.security.Roles;

import io.quarkus.security.Authenticated;

/** Assessments (cycles): settings, status and access codes. */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    AccessCodeService codes;

    @Authenticated
    @GET
    @Path("{id}")
    public AssessmentView get(long id) {
        return assessments.view(assessments.assessment(id));
    }

    /** Replaces the settings (send back the {@code settings} of the view, changed). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentView update(long id, @Valid @NotNull AssessmentSettings body) {
        return assessments.view(assessments.update(id, body));
    }

    /**
     * The questionnaire exactly as this assessment stores answers against it (its pinned version):
     * item keys and scales for {@code POST /api/responses}, comment prompts, every text in every language.
     */
    @Authenticated
    @GET
    @Path("{id}/questionnaire")
    public Instrument questionnaire(long id) {
        return assessments.instrument(assessments.assessment(id));
    }

    /** Draft to open: pins the questionnaire as it is now and starts taking answers within the window. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @POST
    @Path("{id}/open")
    public AssessmentView open(long id) {
        return assessments.view(assessments.open(id));
    }

    /** Open to closed: no more answers. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @POST
    @Path("{id}/close")
    public AssessmentView close(long id) {
        return assessments.view(assessments.close(id));
    }

    /** A batch of codes for one unit, returned in plain text this once. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    @POST
    @Path("{id}/access-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IssuedCodes> issueCodes(long id, @Valid @NotNull CodeRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, codes.issue(id, body));
    }
}
