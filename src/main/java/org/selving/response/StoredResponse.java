package org.selving.response;

import java.time.LocalDate;
import java.util.List;

/**
 * One response as stored: nothing about who gave it or when, beyond the day.
 *
 * @param segment   1-based option of the assessment's segment question, 0 when not given
 * @param answers   one byte per item in the pinned instrument's {@code items()} order:
 *                  0 = not answered, otherwise value - scale.min + 1 (see {@link AnswerPacking})
 * @param comments  free-text answers, stored apart from the closed answers
 * @param sessionId the live workshop session it was given in, {@code null} outside any
 */
public record StoredResponse(long assessmentId, long unitId, int segment, byte[] answers, LocalDate receivedOn,
        List<Comment> comments, Long sessionId) {

    /** A response given outside live workshop sessions. */
    public StoredResponse(long assessmentId, long unitId, int segment, byte[] answers, LocalDate receivedOn,
            List<Comment> comments) {
        this(assessmentId, unitId, segment, answers, receivedOn, comments, null);
    }

    /** The same response, given in this live workshop session. */
    public StoredResponse inSession(long session) {
        return new StoredResponse(assessmentId, unitId, segment, answers, receivedOn, comments, session);
    }

    /** One free-text answer to the prompt with this key. */
    public record Comment(String promptKey, String body) {
    }
}
