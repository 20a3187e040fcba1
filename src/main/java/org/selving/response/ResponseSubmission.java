package org.selving.response;

import java.util.Map;

/**
 * One person's answers, as the JSON API and the web form submit them. Either {@code code} (an access
 * code) or, for an assessment with an open link, {@code assessmentId} and {@code unitId}.
 *
 * @param answers  item key to value on the item's scale; absent or {@code null}: not answered
 * @param comments comment prompt key to free text
 * @param segment  key of the chosen option of the assessment's segment question, if any
 */
public record ResponseSubmission(String code, Long assessmentId, Long unitId, Map<String, Integer> answers,
        Map<String, String> comments, String segment) {

    public ResponseSubmission {
        answers = answers == null ? Map.of() : answers;
        comments = comments == null ? Map.of() : comments;
    }
}
