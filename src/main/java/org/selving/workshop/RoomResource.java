package org.selving.workshop;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.selving.web.ProblemException;

/** The people in a live session's room, through the API: joining with the code, then answering each round once. */
@Path("/api/workshops")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    Participants participants;

    /**
     * A ticket for the running session with this code. An unknown code, or one of a session that has
     * ended, gets the same 403 as an unusable access code, and counts against the client's code throttle.
     */
    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Ticket> join(@NotNull JoinRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, new Ticket(participants.join(body.code(), null)));
    }

    /** Stores a phone's answers to the round that is open; 201 once they are on disk. */
    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Void> answer(@NotNull RoomAnswer body) {
        Participants.Round round;
        try {
            round = Participants.Round.valueOf(String.valueOf(body.round()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("round", "now or aim");
        }
        participants.answer(body.ticket(), round, body.answers() == null ? java.util.Map.of() : body.answers(),
                body.comments(), body.segment());
        return RestResponse.status(RestResponse.Status.CREATED);
    }
}
