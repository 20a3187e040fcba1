package org.selving.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.Assessment;
import org.selving.assessment.AssessmentService;
import org.selving.assessment.AssessmentStatus;
import org.selving.organization.OrganizationDirectory;
import org.selving.organization.UnitTree;

import io.agroal.api.AgroalDataSource;

/** Reads an assessment's {@link InvitationStatus}, for the API and the console page alike. */
@ApplicationScoped
public class InvitationOverview {

    @Inject
    AssessmentService assessments;

    @Inject
    OrganizationDirectory directory;

    @Inject
    Reminders reminders;

    @Inject
    ParticipantLists lists;

    @Inject
    AgroalDataSource dataSource;

    public InvitationStatus status(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        Mailing mailing = Mailing.findById(assessmentId);
        ReminderSettings settings = mailing == null ? ReminderSettings.DEFAULT : mailing.settings();
        try (Connection connection = dataSource.getConnection()) {
            long onTheList = 0;
            Timestamp firstAdded = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*), MIN(added_at) FROM participant WHERE assessment_id = ?")) {
                select.setLong(1, assessmentId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    onTheList = row.getLong(1);
                    firstAdded = row.getTimestamp(2);
                }
            }
            long[] mails = new long[3];
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT state, COUNT(*) FROM mail_outbox WHERE assessment_id = ? AND kind = 'INVITATION'
                    GROUP BY state""")) {
                select.setLong(1, assessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        switch (rows.getString(1)) {
                            case "SENT" -> mails[0] += rows.getLong(2);
                            case "PENDING" -> mails[1] += rows.getLong(2);
                            case "FAILED" -> mails[2] += rows.getLong(2);
                            default -> { }
                        }
                    }
                }
            }
            return new InvitationStatus(assessmentId, assessment.status, onTheList,
                    firstAdded == null ? null : lists.deletedBy(firstAdded.toInstant()),
                    mailing == null ? null : mailing.listDeletedAt, settings,
                    new InvitationStatus.ReminderRounds(mailing == null ? 0 : mailing.reminderRounds,
                            mailing == null ? null : mailing.lastRoundAt,
                            mailing == null ? null : reminders.nextRoundFrom(mailing)),
                    new InvitationStatus.Invitations(mails[0], mails[1], mails[2]),
                    participation(connection, assessment));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the invitations of assessment " + assessmentId + " failed", e);
        }
    }

    private InvitationStatus.Participation participation(Connection connection, Assessment assessment)
            throws SQLException {
        UnitTree units = directory.units(assessment.organizationId);
        List<InvitationStatus.UnitInvited> perUnit = new ArrayList<>();
        long invited = 0;
        long answered = 0;
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT c.unit_id, COUNT(*), COUNT(*) - COUNT(u.access_code_id)
                FROM access_code c JOIN code_batch b ON b.id = c.batch_id
                LEFT JOIN unspent_code u ON u.access_code_id = c.id
                WHERE c.assessment_id = ? AND b.invitations = TRUE GROUP BY c.unit_id ORDER BY c.unit_id""")) {
            select.setLong(1, assessment.id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long unitId = rows.getLong(1);
                    invited += rows.getLong(2);
                    answered += rows.getLong(3);
                    if (units.find(unitId).isPresent()) {
                        perUnit.add(new InvitationStatus.UnitInvited(unitId, units.path(unitId), rows.getLong(2)));
                    }
                }
            }
        }
        perUnit.sort((a, b) -> a.path().compareTo(b.path()));
        int k = assessment.minGroupSize;
        InvitationStatus.Participation.Shown shown;
        Long atLeast = null;
        if (assessment.status == AssessmentStatus.DRAFT) {
            shown = InvitationStatus.Participation.Shown.NOT_OPEN_YET;
        } else if (assessment.status == AssessmentStatus.CLOSED) {
            shown = InvitationStatus.Participation.Shown.IN_THE_REPORT;
        } else if (answered < k) {
            shown = InvitationStatus.Participation.Shown.FEWER_THAN_K;
        } else {
            shown = InvitationStatus.Participation.Shown.IN_STEPS_OF_K;
            atLeast = answered / k * k;
        }
        return new InvitationStatus.Participation(shown, k, invited, atLeast, List.copyOf(perUnit));
    }
}
