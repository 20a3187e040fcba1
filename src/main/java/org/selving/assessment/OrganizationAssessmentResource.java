package org.selving.assessment;

import java.net.URI;
import java.util.List;

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

/** The assessments (cycles) of an organization. */
@Path("/api/organizations/{orgId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationAssessmentResource {

    @Inject
    AssessmentService assessments;

    @GET
    public List<AssessmentView> list(long orgId) {
        return assessments.list(orgId).stream().map(assessments::view).toList();
    }

    /** Creates a draft. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<AssessmentView> create(long orgId, @Valid @NotNull AssessmentSettings body) {
        Assessment assessment = assessments.create(orgId, body);
        return RestResponse.ResponseBuilder.<AssessmentView>created(URI.create("/api/assessments/" + assessment.id))
                .entity(assessments.view(assessment)).build();
    }
}
