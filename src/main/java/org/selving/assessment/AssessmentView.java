package org.selving.assessment;

import java.time.Instant;

/**
 * An assessment as the API returns it.
 *
 * @param instrumentVersionId the pinned instrument content its answers are read with
 * @param acceptingResponses  whether answers are taken right now (open and within its window)
 * @param settings            what can be sent back (changed) with PUT
 * @param mirrorAssessmentId  for an internal assessment, the mirror assessment paired with it (its
 *                            {@code settings.pairedAssessmentId} names this one), {@code null} for none
 */
public record AssessmentView(long id, long organizationId, AssessmentStatus status, long instrumentVersionId,
        String instrumentContentHash, Instant createdAt, boolean acceptingResponses, AssessmentSettings settings,
        Long mirrorAssessmentId) {
}
