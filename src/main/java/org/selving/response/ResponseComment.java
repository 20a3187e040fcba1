package org.selving.response;

/**
 * A stored free-text answer. It carries the unit and segment it came from (so reports can apply the
 * comment threshold) and nothing that joins it to the closed answers given with it.
 *
 * @param segment 1-based option of the segment question, 0 when not given
 */
public record ResponseComment(long unitId, int segment, String promptKey, String body) {
}
