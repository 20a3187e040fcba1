package org.selving.assessment;

import java.time.Instant;

import org.selving.web.ProblemException;

/**
 * What taking an answer for an assessment needs to know about it, read without the persistence
 * context (it is on the path of every submitted response).
 *
 * @param title           what respondents see as the name of the survey
 * @param segmentQuestion {@code null} when none is asked
 */
public record Intake(long assessmentId, long organizationId, String title, AssessmentStatus status, Instant opensAt,
        Instant closesAt, boolean openLink, long instrumentVersionId, SegmentQuestion segmentQuestion) {

    public boolean accepting(Instant now) {
        return accepting(status, opensAt, closesAt, now);
    }

    static boolean accepting(AssessmentStatus status, Instant opensAt, Instant closesAt, Instant now) {
        return status == AssessmentStatus.OPEN && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    /** @throws ProblemException 409 saying why answers are not taken now */
    public void requireAccepting(Instant now) {
        if (accepting(now)) {
            return;
        }
        String reason = switch (status) {
            case DRAFT -> "is still being prepared and does not take answers yet.";
            case CLOSED -> "is closed and takes no more answers.";
            case OPEN -> opensAt != null && now.isBefore(opensAt) ? "takes answers from " + opensAt + "."
                    : "stopped taking answers at " + closesAt + ".";
        };
        throw ProblemException.conflict("This assessment " + reason);
    }
}
