package org.selving.assessment;

/**
 * Where an access code lets its holder answer: an assessment, for one unit.
 *
 * @param codeId the stored code, to spend it
 */
public record CodeHolder(long codeId, long assessmentId, long unitId, boolean used) {
}
