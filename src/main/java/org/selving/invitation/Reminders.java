package org.selving.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.Intake;
import org.selving.operations.DatabaseSchema;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reminders, in rounds: a round queues a reminder for every person on the list whose code is still
 * unused, who has not asked to stop them, who has had fewer than the maximum, and whose last mail is
 * at least the gap old. A round may start once the gap has passed since the previous one (or since
 * the first invitations went out), by hand or, when the settings say so, by itself. Nobody is told how
 * many a round reached: that number is how many have not answered, and it would move one by one.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    AssessmentService assessments;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    /** When the next round may start; {@code null} when no more may (all sent, or nothing to remind of yet). */
    Instant nextRoundFrom(Mailing mailing) {
        if (mailing.reminderRounds >= mailing.maxReminders || mailing.listDeletedAt != null) {
            return null;
        }
        Instant since = mailing.lastRoundAt != null ? mailing.lastRoundAt : firstInvitationSent(mailing.assessmentId);
        return since == null ? null : since.plus(Duration.ofDays(mailing.reminderGapDays));
    }

    /** Starts a round now, at a consultant's request; refused (409) when one may not start. */
    public void startRound(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        Intake intake = assessments.intake(assessmentId).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            Mailing mailing = Mailing.findById(assessmentId, LockModeType.PESSIMISTIC_WRITE);
            String refusal = refusal(mailing, intake, Instant.now());
            if (refusal != null) {
                throw ProblemException.conflict(refusal);
            }
            queueRound(mailing);
            audit.record(Action.REMINDERS_STARTED, assessmentId, assessment.organizationId,
                    "round " + mailing.reminderRounds + " of " + mailing.maxReminders);
        });
    }

    /** Why a round may not start now; {@code null} when it may. */
    String refusal(Mailing mailing, Intake intake, Instant now) {
        if (mailing == null || mailing.listDeletedAt != null) {
            return "This assessment has no participant list" + (mailing == null ? "." : " any more.");
        }
        if (!intake.accepting(now)) {
            return "The assessment is not taking answers now, so there is nothing to remind people of.";
        }
        if (mailing.reminderRounds >= mailing.maxReminders) {
            return "All " + mailing.maxReminders + " reminders have been sent (the settings allow no more).";
        }
        Instant next = nextRoundFrom(mailing);
        if (next == null) {
            return "The invitations have not gone out yet.";
        }
        if (now.isBefore(next)) {
            return "The next reminder can be sent from " + next + " (" + mailing.reminderGapDays
                    + " days after the previous mail).";
        }
        return null;
    }

    /** Starts the rounds that are due, for the assessments whose reminders are automatic. */
    @Scheduled(every = "${selving.invitations.check-every}", delayed = "1m", skipExecutionIf = DatabaseSchema.IfNotReady.class)
    void startDueRounds() {
        List<Long> automatic = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> Mailing.<Mailing>list(
                "automaticReminders = true and listDeletedAt is null").forEach(m -> automatic.add(m.assessmentId)));
        for (long assessmentId : automatic) {
            QuarkusTransaction.requiringNew().run(() -> {
                Mailing mailing = Mailing.findById(assessmentId, LockModeType.PESSIMISTIC_WRITE);
                Intake intake = assessments.intake(assessmentId).orElseThrow();
                if (mailing.automaticReminders && refusal(mailing, intake, Instant.now()) == null) {
                    queueRound(mailing);
                    audit.recordBySystem(Action.REMINDERS_STARTED, assessmentId, intake.organizationId(),
                            "round " + mailing.reminderRounds + " of " + mailing.maxReminders + ", automatic");
                    LOG.infof("Reminder round %d of assessment %d started", mailing.reminderRounds, assessmentId);
                }
            });
        }
    }

    private void queueRound(Mailing mailing) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO mail_outbox (participant_id, assessment_id, kind, state, not_before)
                        SELECT p.id, p.assessment_id, 'REMINDER', 'PENDING', ? FROM participant p
                        WHERE p.assessment_id = ? AND p.unsubscribed = FALSE
                          AND EXISTS (SELECT 1 FROM unspent_code u WHERE u.access_code_id = p.access_code_id)
                          AND (SELECT COUNT(*) FROM mail_outbox r WHERE r.participant_id = p.id AND r.kind = 'REMINDER'
                               AND r.state <> 'CANCELLED') < ?
                          AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.participant_id = p.id
                               AND (o.state = 'PENDING' OR o.state = 'SENT' AND o.sent_at > ?))""")) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setLong(2, mailing.assessmentId);
            insert.setInt(3, mailing.maxReminders);
            insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(mailing.reminderGapDays))));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Queueing reminders failed", e);
        }
        mailing.reminderRounds++;
        mailing.lastRoundAt = now;
    }

    private Instant firstInvitationSent(long assessmentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT MIN(sent_at) FROM mail_outbox WHERE assessment_id = ? AND kind = 'INVITATION'")) {
            select.setLong(1, assessmentId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp first = row.getTimestamp(1);
                return first == null ? null : first.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outbox failed", e);
        }
    }
}
