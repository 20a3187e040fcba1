package org.selving.assessment;

/** Where an access code lets its holder answer: an assessment, for one unit. */
public record CodeHolder(long assessmentId, long unitId, boolean used) {
}
