package org.selving.workshop;

import java.util.List;

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

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.selving.report.RoomFigures;
import org.selving.response.ResponseStore;
import org.selving.security.Roles;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * Live sessions through the API, for their facilitators (consultants of the organization and
 * administrators; to anybody else a session does not exist: 404): take one from round to round, set
 * what its screen shows, follow it as its screen does (Server-Sent Events), read its figures and its
 * debrief, and keep the room's actions. Sessions are started under their assessment
 * ({@link AssessmentWorkshopResource}) or with an assessment of their own ({@link OrganizationWorkshopResource}).
 */
@Path("/api/workshops")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopResource {

    @Inject
    WorkshopService workshops;

    @Inject
    RoomScreens screens;

    @Inject
    LiveRooms live;

    @Inject
    ResponseStore store;

    @GET
    @Path("{id}")
    @Authenticated
    public WorkshopView get(long id) {
        return WorkshopView.of(workshops.session(id));
    }

    /** What the screen shows now: the figures of the answers its step rule shows (every dimension). */
    @GET
    @Path("{id}/results")
    @Authenticated
    public ScreenFigures results(long id, @RestQuery String lang) {
        WorkshopView session = WorkshopView.of(workshops.session(id));
        return figures(session, lang, false);
    }

    /** The debrief: the room's figures with its segments, its comments once it has ended; managers too, then. */
    @GET
    @Path("{id}/debrief")
    @Authenticated
    public ScreenFigures debrief(long id, @RestQuery String lang) {
        WorkshopView session = WorkshopView.of(workshops.debrief(id));
        return figures(session, lang, true);
    }

    private ScreenFigures figures(WorkshopView session, String lang, boolean debrief) {
        RoomScreens.Room room = screens.room(session.id()).orElseThrow();
        String language = language(room, lang);
        RoomScreens.Shown shown = screens.shown(room, language, debrief);
        RoomScreens.Step step = RoomScreens.Step.of(room);
        boolean over = room.phase() == WorkshopPhase.ENDED || !room.intake().accepting(java.time.Instant.now());
        return new ScreenFigures(session, step.shownNow(), step.shownAims(), shown.now(), shown.aims(),
                debrief && over ? RoomFigures.comments(room.instrument(), store.sessionComments(session.id()),
                        room.intake().commentThreshold(), language, session.id()) : null);
    }

    private static String language(RoomScreens.Room room, String lang) {
        if (lang == null) {
            return room.instrument().defaultLanguage();
        }
        if (!room.instrument().languages().contains(lang) || !PageLanguage.SUPPORTED.contains(lang)) {
            throw ProblemException.invalid("lang", "the questionnaire is in "
                    + String.join(", ", room.instrument().languages()));
        }
        return lang;
    }

    /**
     * The screen's stream: Server-Sent Events, each a JSON object ({@code version}, {@code phase},
     * {@code count} in words, and {@code results}, the screen's figures as HTML, whenever they change),
     * in the questionnaire's language {@code lang}.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @Authenticated
    @Blocking
    public Multi<String> events(long id, @RestQuery String lang) {
        QuarkusTransaction.requiringNew().run(() -> workshops.session(id));
        RoomScreens.Room room = screens.room(id).orElseThrow();
        return live.watch(id, language(room, lang));
    }

    @POST
    @Path("{id}/close-round")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public WorkshopView closeRound(long id) {
        return WorkshopView.of(workshops.closeRound(id));
    }

    @POST
    @Path("{id}/aim")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public WorkshopView startAim(long id) {
        return WorkshopView.of(workshops.startAim(id));
    }

    @POST
    @Path("{id}/close-aim")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public WorkshopView closeAim(long id) {
        return WorkshopView.of(workshops.closeAim(id));
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public WorkshopView end(long id) {
        return WorkshopView.of(workshops.end(id));
    }

    /** What the screen shows: {@code {"revealed": ["speaking_up", ...] or ["*"], "gapShown": true}}. */
    @PUT
    @Path("{id}/screen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public WorkshopView screen(long id, @NotNull ScreenRequest body) {
        return WorkshopView.of(workshops.screen(id, body));
    }

    @GET
    @Path("{id}/actions")
    @Authenticated
    public List<WorkshopAction> actions(long id) {
        workshops.debrief(id);
        return workshops.actions(id);
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<WorkshopAction> addAction(long id, @Valid @NotNull ActionRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, workshops.addAction(id, body));
    }

    @DELETE
    @Path("{id}/actions/{actionId}")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<Void> deleteAction(long id, long actionId) {
        workshops.deleteAction(id, actionId);
        return RestResponse.noContent();
    }
}
