package org.selving.invitation;

import java.time.Instant;
import java.util.List;

import org.selving.assessment.AssessmentStatus;

/**
 * Where an assessment's invitations stand, as consultants see it: the list (how many people, until
 * when it is kept), how reminders go, how far the invitations are sent, and participation. Nothing
 * here is about a person, and no number here moves by one as people answer: reminders are told in
 * rounds, not in people reached, and participation in steps of k ({@link Participation}).
 *
 * @param onTheList     people on the list now (0 once it is deleted)
 * @param deletedBy     when the list will be deleted at the latest, {@code null} when nobody is on it
 * @param listDeletedAt when it was deleted, {@code null} if it was not
 */
public record InvitationStatus(long assessmentId, AssessmentStatus status, long onTheList, Instant deletedBy,
        Instant listDeletedAt, ReminderSettings settings, ReminderRounds reminders, Invitations invitations,
        Participation participation) {

    /**
     * @param nextFrom when the next round may start; {@code null} when no more may
     */
    public record ReminderRounds(int sent, Instant lastAt, Instant nextFrom) {
    }

    /** Invitation mails (reminders are not counted: how many there are tells how many have not answered). */
    public record Invitations(long sent, long waiting, long failed) {
    }

    /**
     * The organization's invited people and how many of them answered, while the assessment is open,
     * in steps of k only: {@code answeredAtLeast} is the number answered rounded down to a multiple of
     * k, {@code null} below k. Per unit, only how many were invited: while answers come in, counts per
     * unit would tell which units the people in each of the report's steps came from, and set against
     * the units' figures once the assessment closes, that can single out a person's answers. Once it
     * has closed, answered per unit is in the report's response rates, under its disclosure rules.
     */
    public record Participation(Shown shown, int k, long invited, Long answeredAtLeast, List<UnitInvited> units) {

        /** What {@code answeredAtLeast} says. */
        public enum Shown {
            /** A multiple of k, at least k. */
            IN_STEPS_OF_K,
            /** Fewer than k have answered. */
            FEWER_THAN_K,
            /** Not open yet: nobody can have answered. */
            NOT_OPEN_YET,
            /** Closed: see the report's response rates. */
            IN_THE_REPORT
        }
    }

    public record UnitInvited(long unitId, String path, long invited) {
    }
}
