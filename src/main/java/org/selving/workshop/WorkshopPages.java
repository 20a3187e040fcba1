package org.selving.workshop;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentForm;
import org.selving.assessment.AssessmentPages;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentSettings;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.organization.Organization;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.UnitNode;
import org.selving.report.Report;
import org.selving.report.RoomFigures;
import org.selving.response.ResponseStore;
import org.selving.security.Roles;
import org.selving.web.FieldError;
import org.selving.web.FormErrors;
import org.selving.web.FormInput;
import org.selving.web.Page;
import org.selving.web.PageLanguage;
import org.selving.web.ProblemException;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

/**
 * A live session in the browser, for its facilitators: the presenter screen (the one page with a
 * script, which follows the session's stream and still works by reloading without it) with the
 * controls that take the room from round to round; the debrief, printable, with the actions typed in
 * during the discussion; the sessions of an assessment and the form that starts one; and the form
 * that creates a workshop assessment and starts its session in one step. The work is done by
 * {@link WorkshopService}, as for the JSON API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WorkshopPages {

    @Inject
    WorkshopService workshops;

    @Inject
    RoomScreens screens;

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    ResponseStore store;

    @Inject
    FormInput input;

    @Inject
    PageLanguage language;

    /**
     * The presenter screen.
     *
     * @param joinAddress  what the QR code opens: the join page with the code filled in
     * @param joinShown    the join page's address as the room reads and types it (no scheme)
     * @param eventsPath   the stream the screen's script follows
     */
    public record ScreenPage(RoomScreens.Screen screen, String count, String joinAddress, String joinShown, String qr,
            String eventsPath, String day, boolean segmentQuestion) {
    }

    /** An action as the debrief lists it. */
    public record ActionRow(long id, String description, String owner, String dueOn) {
    }

    /**
     * The debrief.
     *
     * @param comments {@code null} until the session has ended
     */
    public record DebriefPage(RoomScreens.Screen screen, String day, List<Report.PromptComments> comments,
            int commentThreshold, List<ActionRow> actions, boolean facilitator) {
    }

    /** A session as the assessment's list shows it, its phase in words. */
    public record SessionRow(long id, String day, String unit, String phase) {
    }

    public record SessionsPage(Assessment assessment, boolean accepting, List<UnitNode> units, List<SessionRow> sessions,
            String unitId) {
    }

    public record NewWorkshopPage(Organization organization, AssessmentForm form, AssessmentPages.Choices choices,
            List<UnitNode> units, String unitId) {
    }

    // ---- the presenter screen

    @GET
    @Path("workshops/{id}")
    @Authenticated
    public TemplateInstance screen(@RestPath long id, UriInfo uri) {
        return screenPage(id, uri, FormErrors.NONE);
    }

    private TemplateInstance screenPage(long id, UriInfo uri, FormErrors errors) {
        workshops.session(id);
        RoomScreens.Room room = screens.room(id).orElseThrow();
        Page page = language.page(room.instrument().languages(), room.instrument().defaultLanguage());
        WorkshopMessages text = MessageBundles.get(WorkshopMessages.class, Localized.Literal.of(page.language()));
        RoomScreens.Screen screen = screens.screen(room, page.language());
        String joinShown = null;
        String joinAddress = null;
        String qr = null;
        if (room.phase().answering()) {
            URI join = uri.getBaseUriBuilder().path("join").build();
            joinShown = join.getAuthority() + join.getPath();
            joinAddress = uri.getBaseUriBuilder().path("join").queryParam("code", room.joinCode()).build().toString();
            qr = QrCodes.svg(joinAddress, text.join_qr_label(joinAddress));
        }
        String count = room.phase() == WorkshopPhase.AIMING ? text.count_aims(room.aims())
                : text.count_answers(room.answers());
        ScreenPage live = new ScreenPage(screen, count, joinAddress, joinShown, qr,
                "/api/workshops/" + id + "/events?" + PageLanguage.PARAMETER + "=" + page.language(),
                day(room.heldOn(), page), room.intake().segmentQuestion() != null);
        return WorkshopTemplates.screen(page, live, errors).setLocale(page.locale());
    }

    @POST
    @Path("workshops/{id}/close-round")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> closeRound(@RestPath long id, UriInfo uri) {
        return control(id, uri, () -> workshops.closeRound(id));
    }

    @POST
    @Path("workshops/{id}/aim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> startAim(@RestPath long id, UriInfo uri) {
        return control(id, uri, () -> workshops.startAim(id));
    }

    @POST
    @Path("workshops/{id}/close-aim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> closeAim(@RestPath long id, UriInfo uri) {
        return control(id, uri, () -> workshops.closeAim(id));
    }

    @POST
    @Path("workshops/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> end(@RestPath long id, UriInfo uri) {
        return control(id, uri, () -> workshops.end(id));
    }

    /** Reveals dimensions: {@code next}, {@code all}, {@code none} or a dimension's key. */
    @POST
    @Path("workshops/{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> reveal(@RestPath long id, @RestForm String dimension, UriInfo uri) {
        return control(id, uri, () -> workshops.reveal(id, dimension));
    }

    @POST
    @Path("workshops/{id}/gap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> gap(@RestPath long id, @RestForm boolean show, UriInfo uri) {
        return control(id, uri, () -> workshops.showGap(id, show));
    }

    /** A control of the screen: back to the screen, or the screen with the refusal said at its top. */
    private RestResponse<TemplateInstance> control(long id, UriInfo uri, Supplier<WorkshopSession> change) {
        try {
            change.get();
            return RestResponse.seeOther(URI.create("/workshops/" + id));
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            List<FieldError> errors = refused.errors().isEmpty() ? List.of(new FieldError("phase", refused.detail()))
                    : refused.errors();
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    screenPage(id, uri, new FormErrors(errors)));
        }
    }

    // ---- the debrief

    @GET
    @Path("workshops/{id}/debrief")
    @Authenticated
    public TemplateInstance debrief(@RestPath long id) {
        return debriefPage(id, FormErrors.NONE);
    }

    private TemplateInstance debriefPage(long id, FormErrors errors) {
        WorkshopSession session = workshops.debrief(id);
        RoomScreens.Room room = screens.room(id).orElseThrow();
        Instrument instrument = room.instrument();
        Page page = language.page(instrument.languages(), instrument.defaultLanguage());
        boolean facilitator = facilitates(id);
        boolean over = room.phase() == WorkshopPhase.ENDED || !room.intake().accepting(java.time.Instant.now());
        List<Report.PromptComments> comments = over ? RoomFigures.comments(instrument, store.sessionComments(id),
                room.intake().commentThreshold(), page.language(), id) : null;
        Locale locale = page.locale();
        List<ActionRow> actions = workshops.actions(session.id).stream().map(a -> new ActionRow(a.id, a.description,
                a.owner, a.dueOn == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(a.dueOn))).toList();
        DebriefPage debrief = new DebriefPage(screens.debrief(room, page.language()), day(room.heldOn(), page),
                comments, room.intake().commentThreshold(), actions, facilitator);
        return WorkshopTemplates.debrief(page, debrief, errors).setLocale(page.locale());
    }

    private boolean facilitates(long id) {
        try {
            workshops.session(id);
            return true;
        } catch (ProblemException notFacilitator) {
            return false;
        }
    }

    @POST
    @Path("workshops/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> addAction(@RestPath long id, @RestForm String description,
            @RestForm String owner, @RestForm String dueOn) {
        workshops.session(id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate due = null;
        if (dueOn != null && !dueOn.isBlank()) {
            try {
                due = LocalDate.parse(dueOn.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(new FieldError("dueOn", "not a day: write it as 2026-06-30"));
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            ActionRequest request = new ActionRequest(FormInput.text(description), FormInput.text(owner), due);
            input.checkValid(request);
            workshops.addAction(id, request);
            return RestResponse.seeOther(URI.create("/workshops/" + id + "/debrief#actions"));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    debriefPage(id, new FormErrors(refused.errors())));
        }
    }

    @POST
    @Path("workshops/{id}/actions/{actionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> deleteAction(@RestPath long id, @RestPath long actionId) {
        workshops.deleteAction(id, actionId);
        return RestResponse.seeOther(URI.create("/workshops/" + id + "/debrief#actions"));
    }

    // ---- starting a session

    @GET
    @Path("assessments/{id}/workshops")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public TemplateInstance sessions(@RestPath long id) {
        return sessionsPage(id, null, FormErrors.NONE);
    }

    @POST
    @Path("assessments/{id}/workshops")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> start(@RestPath long id, @RestForm String unitId) {
        assessments.assessment(id);
        try {
            List<FieldError> errors = new ArrayList<>();
            Long unit = FormInput.number(unitId, "unitId", errors);
            if (!errors.isEmpty() || unit == null) {
                throw ProblemException.invalid("unitId", "choose the unit the room answers for");
            }
            WorkshopSession session = workshops.start(id, unit);
            return RestResponse.seeOther(URI.create("/workshops/" + session.id));
        } catch (ProblemException refused) {
            List<FieldError> errors = refused.errors().isEmpty() ? List.of(new FieldError("status", refused.detail()))
                    : refused.errors();
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    sessionsPage(id, unitId, new FormErrors(errors)));
        }
    }

    private TemplateInstance sessionsPage(long id, String unitId, FormErrors errors) {
        Assessment assessment = assessments.assessment(id);
        Page page = language.page();
        boolean accepting = assessments.intake(id).orElseThrow().accepting(java.time.Instant.now());
        WorkshopMessages text = MessageBundles.get(WorkshopMessages.class, Localized.Literal.of(page.language()));
        List<SessionRow> rows = workshops.list(id).stream().map(s -> new SessionRow(s.id, day(s.heldOn, page),
                directory.units(assessment.organizationId).path(s.unitId), switch (s.phase) {
                    case ANSWERING -> text.phase_answering();
                    case RESULTS -> text.phase_results();
                    case AIMING -> text.phase_aiming();
                    case AIMED -> text.phase_aimed();
                    case ENDED -> text.phase_ended();
                })).toList();
        SessionsPage sessions = new SessionsPage(assessment, accepting,
                directory.units(assessment.organizationId).listed(), rows, unitId);
        return WorkshopTemplates.sessions(page, sessions, errors).setLocale(page.locale());
    }

    @GET
    @Path("organizations/{orgId}/workshops/new")
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public TemplateInstance newWorkshop(@RestPath long orgId) {
        Page page = language.page();
        AssessmentPages.Choices choices = AssessmentPages.choices(catalog, page);
        return newWorkshopPage(page, orgId, AssessmentForm.blank(choices.instruments().get(0).key(), choices.languages()),
                choices, null, FormErrors.NONE);
    }

    @POST
    @Path("organizations/{orgId}/workshops")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CONSULTANT })
    public RestResponse<TemplateInstance> createWorkshop(@RestPath long orgId, MultivaluedMap<String, String> fields) {
        directory.organization(orgId);
        Page page = language.page();
        AssessmentPages.Choices choices = AssessmentPages.choices(catalog, page);
        AssessmentForm form = AssessmentForm.read(fields, choices.languages());
        String unitId = fields.getFirst("unitId");
        try {
            List<FieldError> typos = new ArrayList<>();
            AssessmentSettings settings = form.settings(ZoneId.systemDefault(), typos);
            Long unit = FormInput.number(unitId, "unitId", typos);
            if (unit == null && typos.stream().noneMatch(e -> e.field().equals("unitId"))) {
                typos.add(new FieldError("unitId", "choose the unit the room answers for"));
            }
            if (!typos.isEmpty()) {
                throw ProblemException.invalid(typos);
            }
            input.checkValid(settings);
            WorkshopSession session = workshops.startWithNewAssessment(orgId, unit, settings);
            return RestResponse.seeOther(URI.create("/workshops/" + session.id));
        } catch (ProblemException refused) {
            return RestResponse.status(RestResponse.Status.fromStatusCode(refused.status()),
                    newWorkshopPage(page, orgId, form, choices, unitId, new FormErrors(refused.errors())));
        }
    }

    private TemplateInstance newWorkshopPage(Page page, long orgId, AssessmentForm form, AssessmentPages.Choices choices,
            String unitId, FormErrors errors) {
        NewWorkshopPage workshop = new NewWorkshopPage(directory.organization(orgId), form, choices,
                directory.units(orgId).listed(), unitId);
        return WorkshopTemplates.newWorkshop(page, workshop, errors).setLocale(page.locale());
    }

    private static String day(LocalDate day, Page page) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale()).format(day);
    }
}
