package org.selving.response;

import java.time.LocalDate;
import java.util.List;

/**
 * One response as stored: nothing about who gave it or when, beyond the day.
 *
 * @param segment  1-based option of the assessment's segment question, 0 when not given
 * @param answers  one byte per item in the pinned instrument's {@code items()} order:
 *                 0 = not answered, otherwise value - scale.min + 1 (see {@link AnswerPacking})
 * @param comments free-text answers, stored apart from the closed answers
 */
public record StoredResponse(long assessmentId, long unitId, int segment, byte[] answers, LocalDate receivedOn,
        List<Comment> comments) {

    /** One free-text answer to the prompt with this key. */
    public record Comment(String promptKey, String body) {
    }
}
