package org.selving.invitation;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.selving.security.Roles;

/**
 * Invitations by e-mail (README, "Invitations and reminders"): participant lists (JSON or a CSV file),
 * where the sending and participation stand, the reminder settings, a reminder round on demand, and
 * deleting the list. The mails' links lead to the address the list was sent to, unless
 * {@code selving.public-url} says otherwise.
 */
@Path("/api/assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
public class InvitationResource {

    @Inject
    InvitationService invitations;

    @Inject
    InvitationOverview overview;

    @Inject
    Reminders reminders;

    @Inject
    ParticipantLists lists;

    /** Adds people and queues their invitations: everyone or, with a 400 naming each problem, nobody. */
    @POST
    @Path("participants")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<InvitationService.ListAdded> addJson(long id, @Valid @NotNull ParticipantsRequest body,
            UriInfo uri) {
        return RestResponse.status(RestResponse.Status.CREATED, invitations.addJson(id, body, base(uri)));
    }

    /** The same from a CSV file: {@code email,unit[,language]}, problems named by line and column. */
    @POST
    @Path("participants")
    @Consumes("text/csv")
    public RestResponse<InvitationService.ListAdded> addCsv(long id, byte[] body, UriInfo uri) {
        return RestResponse.status(RestResponse.Status.CREATED, invitations.addCsv(id, body, base(uri)));
    }

    /** Deletes the list now: addresses, codes kept for reminders, mails not sent. Audited. */
    @DELETE
    @Path("participants")
    public RestResponse<Void> deleteList(long id) {
        lists.deleteNow(id);
        return RestResponse.noContent();
    }

    @GET
    @Path("invitations")
    public InvitationStatus status(long id) {
        return overview.status(id);
    }

    @PUT
    @Path("invitations/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReminderSettings changeSettings(long id, @Valid @NotNull ReminderSettings body) {
        return invitations.changeSettings(id, body);
    }

    /** Starts a reminder round now (409 when one may not start); the answer says nothing of how many it reaches. */
    @POST
    @Path("invitations/reminders")
    public RestResponse<InvitationStatus> remind(long id) {
        reminders.startRound(id);
        return RestResponse.status(RestResponse.Status.ACCEPTED, overview.status(id));
    }

    static String base(UriInfo uri) {
        return uri.getBaseUri().toString().replaceFirst("/+$", "");
    }
}
