package org.selving.workshop;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.instrument.Instrument;
import org.selving.response.CodeEntry;
import org.selving.response.FormEntries;
import org.selving.response.QuestionnaireForm;
import org.selving.response.ResponseSubmission;
import org.selving.web.FieldError;
import org.selving.web.Messages;
import org.selving.web.Page;
import org.selving.web.PageError;
import org.selving.web.PageException;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The pages people in the room use on their phones, without JavaScript and without an account: the
 * join page (the code from the screen, or the QR code's link with the code filled in), then
 * {@code /room}, which always shows what fits the moment: the round's questionnaire (the respondents'
 * own form, {@code response/questionnaire.html}), a thank-you page that offers the next round when it
 * opens, or why nothing can be answered. Answers are posted and redirected (303), so reloading never
 * sends them again. The work is done by {@link Participants}, as for the JSON API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class RoomPages {

    /** What the room page says when there is nothing to answer. */
    public enum Status {
        /** This phone has answered the round that is open, or the last one. */
        THANKS,
        /** A second answer to a round from this phone was refused. */
        ALREADY_ANSWERED,
        /** No round is open and this phone did not answer the last one. */
        CLOSED,
        /** The phone's ticket is of a session that has ended (or of none). */
        ENDED
    }

    public record RoomStatus(Status status) {
    }

    @Inject
    Participants participants;

    @Inject
    RoomCookie cookie;

    @Inject
    RoomScreens screens;

    @Inject
    PageLanguage language;

    @Location("response/questionnaire")
    Template questionnaire;

    @GET
    @Path("join")
    public TemplateInstance join(@RestQuery String code) {
        return joinPage(new CodeEntry(code == null ? "" : code.strip(), null));
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> enter(@RestForm String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty()) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    joinPage(new CodeEntry(typed, CodeEntry.Problem.MISSING)));
        }
        try {
            cookie.issue(participants.join(typed, cookie.ticket()));
            return RestResponse.seeOther(URI.create("/room"));
        } catch (ProblemException refused) {
            boolean throttled = refused.status() == RestResponse.StatusCode.TOO_MANY_REQUESTS;
            return RestResponse.status(throttled ? RestResponse.Status.TOO_MANY_REQUESTS : RestResponse.Status.BAD_REQUEST,
                    joinPage(new CodeEntry(typed, throttled ? CodeEntry.Problem.TOO_MANY_ATTEMPTS
                            : CodeEntry.Problem.NOT_USABLE)));
        }
    }

    private TemplateInstance joinPage(CodeEntry entry) {
        Page page = language.page();
        return WorkshopTemplates.join(page, entry).setLocale(page.locale());
    }

    /** What this phone can do now in its session. */
    @GET
    @Path("room")
    public RestResponse<TemplateInstance> room() {
        Optional<Participants.Seat> seat = participants.seat(cookie.ticket());
        if (seat.isEmpty()) {
            return cookie.ticket() == null ? RestResponse.seeOther(URI.create("/join")) : status(Status.ENDED, 200);
        }
        Participants.Round round = seat.get().openRound();
        if (round == null) {
            boolean answeredLast = seat.get().phase() == WorkshopPhase.RESULTS ? seat.get().answeredNow()
                    : seat.get().answeredAim();
            return status(answeredLast ? Status.THANKS : Status.CLOSED, 200);
        }
        if (seat.get().answered(round)) {
            return status(Status.THANKS, 200);
        }
        return RestResponse.ok(form(seat.get(), round, FormEntries.none(), List.of()));
    }

    @POST
    @Path("room/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answerNow(MultivaluedMap<String, String> form) {
        return answer(Participants.Round.NOW, form);
    }

    @POST
    @Path("room/aims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answerAim(MultivaluedMap<String, String> form) {
        return answer(Participants.Round.AIM, form);
    }

    /**
     * The form's answers to the round: 303 back to the room once stored, or the form again with every
     * entry kept and every problem by its field; a language button shows it again and sends nothing.
     */
    private RestResponse<TemplateInstance> answer(Participants.Round round, MultivaluedMap<String, String> form) {
        String ticket = cookie.ticket();
        Participants.Seat seat = participants.seat(ticket).orElse(null);
        if (seat == null) {
            return ticket == null ? RestResponse.seeOther(URI.create("/join")) : status(Status.ENDED, 410);
        }
        Instrument instrument = instrument(seat);
        FormEntries entries = FormEntries.read(form, instrument);
        if (form.containsKey(Page.FORM_SWITCH_ID)) {
            return RestResponse.ok(form(seat, round, entries, List.of()));
        }
        List<FieldError> errors = entries.unreadable();
        if (errors.isEmpty()) {
            try {
                ResponseSubmission submission = entries.submission(null, null, null);
                participants.answer(ticket, round, submission.answers(),
                        round == Participants.Round.NOW ? submission.comments() : null,
                        round == Participants.Round.NOW ? submission.segment() : null);
                return RestResponse.seeOther(URI.create("/room"));
            } catch (ProblemException refused) {
                if (refused.status() == 409) {
                    boolean twice = refused.errors().stream().anyMatch(e -> e.field().equals("ticket"));
                    return status(twice ? Status.ALREADY_ANSWERED : Status.CLOSED, 409);
                }
                if (refused.status() != 400) {
                    throw new PageException(PageError.forStatus(refused.status()));
                }
                errors = refused.errors();
            }
        }
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, form(seat, round, entries, errors));
    }

    private Instrument instrument(Participants.Seat seat) {
        return screens.room(seat.sessionId()).orElseThrow().instrument();
    }

    /**
     * The round's questionnaire, in the page's language: the first round with what is recorded above it,
     * the second as aims.
     */
    private TemplateInstance form(Participants.Seat seat, Participants.Round round, FormEntries entries,
            List<FieldError> errors) {
        RoomScreens.Room room = screens.room(seat.sessionId()).orElseThrow();
        Instrument instrument = room.instrument();
        Page page = language.formPage(instrument.languages(), instrument.defaultLanguage());
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(page.language()));
        WorkshopMessages text = MessageBundles.get(WorkshopMessages.class, Localized.Literal.of(page.language()));
        boolean now = round == Participants.Round.NOW;
        QuestionnaireForm form = QuestionnaireForm.of(now ? "/room/answers" : "/room/aims", instrument, page.language(),
                now ? room.intake().segmentQuestion() : null, room.k(), null, entries, errors, msg);
        form = now ? form.withLead(text.recorded_answers(room.k()) + " " + text.recorded_ticket())
                : form.asAims(text.aim_form_title(), text.aim_form_lead());
        return questionnaire.data("page", page).data("form", form).setLocale(page.locale());
    }

    private RestResponse<TemplateInstance> status(Status status, int code) {
        Page page = language.page();
        return RestResponse.status(RestResponse.Status.fromStatusCode(code),
                WorkshopTemplates.room(page, new RoomStatus(status)).setLocale(page.locale()));
    }

}
