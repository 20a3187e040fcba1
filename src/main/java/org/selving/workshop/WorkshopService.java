package org.selving.workshop;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentSettings;
import org.selving.assessment.AssessmentStatus;
import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.operations.DatabaseSchema;
import org.selving.operations.DeletedRows;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.Unit;
import org.selving.security.AccessScope;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;
import org.selving.security.Caller;
import org.selving.security.Role;
import org.selving.web.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Live sessions, as their facilitators run them: started on an open assessment (or with an assessment
 * of their own, in one step), taken from round to round, their screen's reveals, the actions the room
 * decides on, and their end, which retires the join code and forgets every phone's ticket. Each change
 * is committed, then told to {@link LiveRooms} so the screens follow at once.
 * <p>
 * Who may do what: a session is run by the consultants of its organization (any of them, as they may
 * all run its assessments: a colleague can take over the room) and by administrators; to anybody else
 * its screen, stream and controls do not exist (404). Once it has ended, its debrief is also read by
 * the organization's managers who see its unit, as they read the assessment's reports.
 */
@ApplicationScoped
public class WorkshopService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_DRAWS = 20;

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    LiveRooms live;

    @Inject
    DeletedRows deletedRows;

    /** A new session on an open assessment that takes answers now, for one of its organization's units. */
    public WorkshopSession start(long assessmentId, long unitId) {
        WorkshopSession session = QuarkusTransaction.requiringNew().call(() -> create(assessmentId, unitId));
        live.changed(session.id);
        return session;
    }

    /**
     * A new assessment for the room and its session, in one step: created with {@code settings} (its open
     * link off: the room answers through the session), opened, and the session started.
     */
    public WorkshopSession startWithNewAssessment(long organizationId, long unitId, AssessmentSettings settings) {
        WorkshopSession session = QuarkusTransaction.requiringNew().call(() -> {
            directory.organization(organizationId);
            unit(organizationId, unitId);
            Assessment assessment = assessments.create(organizationId, new AssessmentSettings(settings.instrument(),
                    settings.title(), null, null, settings.minGroupSize(), settings.commentThreshold(), false,
                    settings.segmentQuestion(), null));
            assessments.open(assessment.id);
            // the checks below read the assessment as answers do, with plain JDBC: write it first
            Assessment.getEntityManager().flush();
            return create(assessment.id, unitId);
        });
        live.changed(session.id);
        return session;
    }

    private WorkshopSession create(long assessmentId, long unitId) {
        Assessment assessment = assessments.assessment(assessmentId);
        Unit unit = unit(assessment.organizationId, unitId);
        assessments.intake(assessmentId).orElseThrow().requireAccepting(Instant.now());
        WorkshopSession session = new WorkshopSession();
        session.assessmentId = assessmentId;
        session.unitId = unit.id;
        session.startedBy = scope.caller().map(Caller::accountId).orElseThrow();
        session.joinCode = freeCode();
        session.phase = WorkshopPhase.ANSWERING;
        session.revealed = "";
        session.heldOn = LocalDate.now();
        session.persist();
        audit.record(Action.WORKSHOP_STARTED, assessmentId, assessment.organizationId, "live session for " + unit.name);
        return session;
    }

    private Unit unit(long organizationId, long unitId) {
        try {
            return directory.unit(organizationId, unitId);
        } catch (ProblemException notFound) {
            throw ProblemException.invalid("unitId", "no unit " + unitId + " in this assessment's organization");
        }
    }

    /** A join code no running session has (the unique constraint settles a draw that races another). */
    private static String freeCode() {
        for (int draw = 0; draw < CODE_DRAWS; draw++) {
            String code = JoinCodes.generate(RANDOM);
            if (WorkshopSession.count("joinCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after " + CODE_DRAWS + " draws");
    }

    /** The sessions of an assessment the caller may see: all for its facilitators, the ended ones a manager sees. */
    public List<WorkshopSession> list(long assessmentId) {
        assessments.assessment(assessmentId);
        List<WorkshopSession> sessions = WorkshopSession.list("assessmentId = ?1 order by id", assessmentId);
        return sessions.stream().filter(s -> facilitates(s) || readsDebrief(s)).toList();
    }

    /** A session its caller facilitates; to anybody else it does not exist. */
    public WorkshopSession session(long id) {
        return visible(id, this::facilitates);
    }

    /** A session whose debrief the caller may read: a facilitator's at any time, a manager's once it has ended. */
    public WorkshopSession debrief(long id) {
        return visible(id, s -> facilitates(s) || readsDebrief(s));
    }

    private static WorkshopSession visible(long id, java.util.function.Predicate<WorkshopSession> allowed) {
        WorkshopSession session = WorkshopSession.findById(id);
        if (session == null || !allowed.test(session)) {
            throw ProblemException.notFound("No live session " + id + ".");
        }
        return session;
    }

    /** Consultants of the session's organization and administrators. */
    private boolean facilitates(WorkshopSession session) {
        Role role = scope.caller().map(Caller::role).orElse(null);
        return (role == Role.CONSULTANT || role == Role.ADMINISTRATOR) && directory.sees(organizationOf(session));
    }

    /** A manager of the organization who sees the session's unit, once the session is over. */
    private boolean readsDebrief(WorkshopSession session) {
        Caller caller = scope.caller().orElse(null);
        if (caller == null || caller.role() != Role.MANAGER || !directory.sees(organizationOf(session))) {
            return false;
        }
        boolean over = session.phase == WorkshopPhase.ENDED
                || assessments.assessment(session.assessmentId).status == AssessmentStatus.CLOSED;
        return over && directory.units(organizationOf(session)).find(session.unitId).isPresent();
    }

    private static long organizationOf(WorkshopSession session) {
        Assessment assessment = Assessment.findById(session.assessmentId);
        return assessment.organizationId;
    }

    /** The assessment a session runs on (the caller may see the session). */
    public Assessment assessmentOf(WorkshopSession session) {
        return Assessment.findById(session.assessmentId);
    }

    // ---- rounds

    /** The first round is over: the room sees all its answers at once. */
    public WorkshopSession closeRound(long id) {
        return advance(id, WorkshopPhase.ANSWERING, WorkshopPhase.RESULTS);
    }

    /** The second round: where the room should be in a year. */
    public WorkshopSession startAim(long id) {
        return advance(id, WorkshopPhase.RESULTS, WorkshopPhase.AIMING);
    }

    public WorkshopSession closeAim(long id) {
        return advance(id, WorkshopPhase.AIMING, WorkshopPhase.AIMED);
    }

    private WorkshopSession advance(long id, WorkshopPhase from, WorkshopPhase to) {
        return change(id, () -> {
            WorkshopSession session = session(id);
            // conditional, so that an answer committing at the same moment is either counted or refused
            int updated = WorkshopSession.update("phase = ?1, version = version + 1 where id = ?2 and phase = ?3",
                    to, id, from);
            if (updated == 0) {
                throw ProblemException.conflict("phase", "The session is " + describe(session.phase) + "; it can go "
                        + "to " + describe(to) + " only from " + describe(from) + ".");
            }
            return session;
        });
    }

    private static String describe(WorkshopPhase phase) {
        return phase.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Ends the session: its join code stops working and is freed, and the phones' tickets (and which
     * rounds they were spent on) are deleted, so nothing is left that a phone could be matched with.
     */
    public WorkshopSession end(long id) {
        return change(id, () -> {
            WorkshopSession session = session(id);
            if (session.phase == WorkshopPhase.ENDED) {
                throw ProblemException.conflict("phase", "The session has already ended.");
            }
            endNow(id);
            audit.record(Action.WORKSHOP_ENDED, session.assessmentId, organizationOf(session), null);
            return session;
        });
    }

    private static void endNow(long id) {
        WorkshopSession.update("phase = ?1, joinCode = null, version = version + 1 where id = ?2", WorkshopPhase.ENDED, id);
        var em = WorkshopSession.getEntityManager();
        em.createNativeQuery("DELETE FROM workshop_unspent WHERE token_hash IN"
                + " (SELECT token_hash FROM workshop_ticket WHERE session_id = ?1)").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM workshop_ticket WHERE session_id = ?1").setParameter(1, id).executeUpdate();
    }

    /**
     * Ends the sessions of assessments that have closed, as their facilitators would (join code freed,
     * tickets forgotten): a closed assessment takes no more answers, and its report counts the rooms as
     * they stand.
     */
    @Scheduled(every = "1m", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseSchema.IfNotReady.class)
    void endSessionsOfClosedAssessments() {
        List<Long> closing = QuarkusTransaction.requiringNew().call(() -> WorkshopSession.<WorkshopSession>list(
                "phase <> ?1 and assessmentId in (select a.id from Assessment a where a.status = ?2)",
                WorkshopPhase.ENDED, AssessmentStatus.CLOSED).stream().map(s -> s.id).toList());
        for (long id : closing) {
            QuarkusTransaction.requiringNew().run(() -> endNow(id));
            live.changed(id);
        }
        // the rows of spent and forgotten tickets, whose deletions carry the numbers of the answers' transactions
        deletedRows.vacuum("workshop_unspent", "workshop_ticket");
    }

    // ---- the screen

    /**
     * Reveals dimensions on the screen: {@code next} (the next one in the questionnaire's order),
     * {@code all}, {@code none}, or one dimension by its key.
     */
    public WorkshopSession reveal(long id, String which) {
        return change(id, () -> {
            WorkshopSession session = session(id);
            List<String> keys = dimensionKeys(session);
            Set<String> shown = revealed(session, keys);
            switch (which == null ? "" : which) {
                case "next" -> keys.stream().filter(k -> !shown.contains(k)).findFirst().ifPresent(shown::add);
                case "all" -> shown.addAll(keys);
                case "none" -> shown.clear();
                default -> {
                    if (!keys.contains(which)) {
                        throw ProblemException.invalid("dimension", "one of next, all, none, " + String.join(", ", keys));
                    }
                    shown.add(which);
                }
            }
            return setScreen(session, keys, shown, session.gapShown);
        });
    }

    /** The screen as the JSON API sets it: revealed dimensions and the segments side by side. */
    public WorkshopSession screen(long id, ScreenRequest request) {
        return change(id, () -> {
            WorkshopSession session = session(id);
            List<String> keys = dimensionKeys(session);
            Set<String> shown = revealed(session, keys);
            if (request.revealed() != null) {
                shown.clear();
                for (int i = 0; i < request.revealed().size(); i++) {
                    String key = request.revealed().get(i);
                    if (WorkshopSession.ALL_REVEALED.equals(key)) {
                        shown.addAll(keys);
                    } else if (keys.contains(key)) {
                        shown.add(key);
                    } else {
                        throw ProblemException.invalid("revealed[" + i + "]", "no dimension '" + key + "'; one of "
                                + String.join(", ", keys) + ", or *");
                    }
                }
            }
            return setScreen(session, keys, shown, request.gapShown() == null ? session.gapShown : request.gapShown());
        });
    }

    /** Shows the room's segments side by side, or not. */
    public WorkshopSession showGap(long id, boolean shown) {
        return change(id, () -> {
            WorkshopSession session = session(id);
            List<String> keys = dimensionKeys(session);
            return setScreen(session, keys, revealed(session, keys), shown);
        });
    }

    /**
     * Stores what the screen shows, by a statement of its own: the session's row also counts answers,
     * which a write of the whole entity would set back to what this request read.
     */
    private static WorkshopSession setScreen(WorkshopSession session, List<String> keys, Set<String> shown,
            boolean gapShown) {
        String revealed = shown.containsAll(keys) ? WorkshopSession.ALL_REVEALED
                : String.join(",", keys.stream().filter(shown::contains).toList());
        WorkshopSession.update("revealed = ?1, gapShown = ?2, version = version + 1 where id = ?3", revealed, gapShown,
                session.id);
        return session;
    }

    private List<String> dimensionKeys(WorkshopSession session) {
        Instrument instrument = assessments.instrument(assessmentOf(session));
        return instrument.dimensions().stream().map(Dimension::key).toList();
    }

    /** The keys of the dimensions a session's screen shows, in the questionnaire's order; {@code null} for all. */
    static Set<String> revealed(String stored) {
        if (WorkshopSession.ALL_REVEALED.equals(stored)) {
            return null;
        }
        return new LinkedHashSet<>(stored.isEmpty() ? List.of() : Arrays.asList(stored.split(",")));
    }

    private static Set<String> revealed(WorkshopSession session, List<String> keys) {
        Set<String> shown = revealed(session.revealed);
        return shown == null ? new LinkedHashSet<>(keys) : shown;
    }

    // ---- actions

    public List<WorkshopAction> actions(long sessionId) {
        return WorkshopAction.list("sessionId = ?1 order by id", sessionId);
    }

    public WorkshopAction addAction(long id, ActionRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            session(id);
            WorkshopAction action = new WorkshopAction();
            action.sessionId = id;
            action.description = request.description().strip();
            action.owner = request.owner() == null || request.owner().isBlank() ? null : request.owner().strip();
            action.dueOn = request.dueOn();
            action.persist();
            return action;
        });
    }

    public void deleteAction(long id, long actionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            session(id);
            if (WorkshopAction.delete("id = ?1 and sessionId = ?2", actionId, id) == 0) {
                throw ProblemException.notFound("No action " + actionId + " in live session " + id + ".");
            }
        });
    }

    /** Commits a change of the session, then has its screens follow. */
    private WorkshopSession change(long id, Supplier<WorkshopSession> change) {
        WorkshopSession session = QuarkusTransaction.requiringNew().call(change::get);
        live.changed(id);
        return QuarkusTransaction.requiringNew().call(() -> WorkshopSession.findById(id));
    }
}
