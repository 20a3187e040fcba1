package org.selving.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentClosed;
import org.selving.assessment.AssessmentService;
import org.selving.operations.DatabaseSchema;
import org.selving.operations.DeletedRows;
import org.selving.security.AuditLog;
import org.selving.security.AuditLog.Action;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The end of participant lists: the people of an assessment (addresses, codes, their mails) are
 * deleted in the transaction that closes it, on a consultant's request, or by the application
 * {@code selving.invitations.keep-days} after they were added; each deletion is audited. The access
 * codes themselves stay (they are ordinary codes, counted in the report's response rates).
 * <p>
 * On PostgreSQL a deleted row stays in the table's file, not visible to SQL, until VACUUM removes it:
 * the deleted addresses, and the rows of spent codes (whose deletion carries the number of the
 * transaction that stored the response). So this also vacuums those tables on its schedule.
 */
@ApplicationScoped
public class ParticipantLists {

    private static final Logger LOG = Logger.getLogger(ParticipantLists.class);

    @Inject
    AssessmentService assessments;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    DeletedRows deletedRows;

    @ConfigProperty(name = "selving.invitations.keep-days")
    int keepDays;

    /** When people added at {@code addedAt} are deleted at the latest. */
    Instant deletedBy(Instant addedAt) {
        return addedAt.plus(Duration.ofDays(keepDays));
    }

    void onClose(@Observes AssessmentClosed closed) {
        int deleted = delete(closed.assessmentId(), null);
        if (deleted > 0) {
            audit.record(Action.PARTICIPANTS_DELETED, closed.assessmentId(), closed.organizationId(),
                    deleted + " people, as the assessment closed");
        }
    }

    /** Deletes the whole list now, at a consultant's request. */
    public void deleteNow(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        QuarkusTransaction.requiringNew().run(() -> {
            int deleted = delete(assessmentId, null);
            audit.record(Action.PARTICIPANTS_DELETED, assessmentId, assessment.organizationId,
                    deleted + " people, on request");
        });
        vacuum();
    }

    /** Deletes the people kept longer than {@code keep-days}, then vacuums (PostgreSQL). */
    @Scheduled(every = "${selving.invitations.check-every}", delayed = "30s", skipExecutionIf = DatabaseSchema.IfNotReady.class)
    void deleteExpired() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(keepDays));
        for (long assessmentId : assessmentsWithPeopleAddedBefore(cutoff)) {
            QuarkusTransaction.requiringNew().run(() -> {
                int deleted = delete(assessmentId, cutoff);
                if (deleted == 0) {
                    return; // deleted meanwhile (the assessment closed, or a consultant deleted the list)
                }
                long organizationId = assessments.intake(assessmentId).orElseThrow().organizationId();
                audit.recordBySystem(Action.PARTICIPANTS_DELETED, assessmentId, organizationId,
                        deleted + " people, kept " + keepDays + " days");
                LOG.infof("Deleted %d people of assessment %d's participant list, kept %d days", deleted, assessmentId,
                        keepDays);
            });
        }
        vacuum();
    }

    /**
     * Deletes the people of the assessment (those added before {@code addedBefore}, or all) and their
     * mails, in the caller's transaction; the list counts as deleted once nobody is left on it.
     *
     * @return how many people were deleted
     */
    private int delete(long assessmentId, Instant addedBefore) {
        String which = addedBefore == null ? "" : " AND added_at < ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement mails = connection.prepareStatement("DELETE FROM mail_outbox WHERE participant_id IN"
                        + " (SELECT id FROM participant WHERE assessment_id = ?" + which + ")");
                PreparedStatement people = connection.prepareStatement(
                        "DELETE FROM participant WHERE assessment_id = ?" + which);
                PreparedStatement mailing = connection.prepareStatement("""
                        UPDATE mailing SET list_deleted_at = ? WHERE assessment_id = ? AND list_deleted_at IS NULL
                        AND NOT EXISTS (SELECT 1 FROM participant WHERE assessment_id = ?)""")) {
            for (PreparedStatement statement : List.of(mails, people)) {
                statement.setLong(1, assessmentId);
                if (addedBefore != null) {
                    statement.setTimestamp(2, Timestamp.from(addedBefore));
                }
            }
            mails.executeUpdate();
            int deleted = people.executeUpdate();
            mailing.setTimestamp(1, Timestamp.from(Instant.now()));
            mailing.setLong(2, assessmentId);
            mailing.setLong(3, assessmentId);
            mailing.executeUpdate();
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting a participant list failed", e);
        }
    }

    private List<Long> assessmentsWithPeopleAddedBefore(Instant cutoff) {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT assessment_id FROM participant WHERE added_at < ?")) {
            select.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading participant lists failed", e);
        }
        return ids;
    }

    /** On PostgreSQL, removes the dead rows of deleted people and spent codes from the tables' files. */
    void vacuum() {
        deletedRows.vacuum("unspent_code", "participant", "mail_outbox");
    }
}
