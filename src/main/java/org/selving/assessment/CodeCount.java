package org.selving.assessment;

/** How many codes a unit was given for an assessment and how many have been used; nothing more is kept. */
public record CodeCount(long unitId, String unitPath, long issued, long used) {
}
