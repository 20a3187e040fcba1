package org.selving.response;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/** Anonymous answers: with an access code, or through an assessment's open link. */
@Path("/api/responses")
public class ResponseResource {

    @Inject
    ResponseService responses;

    /**
     * Stores one response; 201 once it is on disk. The answer carries nothing that identifies the
     * response, so there is nothing to come back to.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Void> submit(@NotNull ResponseSubmission body) {
        responses.submit(body);
        return RestResponse.status(RestResponse.Status.CREATED);
    }
}
