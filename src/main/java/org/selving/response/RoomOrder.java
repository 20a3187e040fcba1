package org.selving.response;

/**
 * The responses of one live workshop session as its room's screen revealed them: the segment of each
 * (1-based option, 0 when not given), in the order they arrived. A room's figures move in steps of k
 * answers in that order, so reports must know which steps were shown to keep them from being set
 * against their own figures (see {@code org.selving.report.RoomBlocks}).
 *
 * @param unitId the unit the session's answers count for
 */
public record RoomOrder(long sessionId, long unitId, byte[] segments) {

    public int respondents() {
        return segments.length;
    }
}
