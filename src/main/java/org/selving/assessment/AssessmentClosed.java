package org.selving.assessment;

/**
 * Fired (CDI, synchronously) inside the transaction that closes an assessment, for what must end with
 * it in that same transaction, such as the e-mail addresses of its participant list.
 */
public record AssessmentClosed(long assessmentId, long organizationId) {
}
