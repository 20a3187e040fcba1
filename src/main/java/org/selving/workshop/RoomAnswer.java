package org.selving.workshop;

import java.util.Map;

/**
 * A phone's answers to a round of a live session.
 *
 * @param round    {@code now} (the first round: a response of the assessment) or {@code aim} (where the room
 *                 should be in a year; answers only)
 * @param answers  item key to value on the item's scale, as for {@code POST /api/responses}
 * @param comments the first round only
 * @param segment  the first round only: a key of the assessment's segment question
 */
public record RoomAnswer(String ticket, String round, Map<String, Integer> answers, Map<String, String> comments,
        String segment) {
}
