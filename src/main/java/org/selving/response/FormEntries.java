package org.selving.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.web.FieldError;

/**
 * What a respondent entered in the questionnaire form, exactly as sent, so that the form can be
 * shown again with every entry in place. Field names are those of the JSON API ({@code answers.<item>},
 * {@code comments.<prompt>}, {@code segment}, {@code unitId}), so the response service's field errors
 * name form fields directly.
 *
 * @param answers  by item key, the value as sent; blank: not answered
 * @param comments by prompt key
 * @param segment  key of the chosen segment option; blank: not given
 * @param unitId   the unit chosen on an open link; blank: none chosen
 */
public record FormEntries(Map<String, String> answers, Map<String, String> comments, String segment,
        String unitId) {

    static final String ANSWERS = "answers.";
    static final String COMMENTS = "comments.";
    static final String SEGMENT = "segment";
    static final String UNIT = "unitId";

    public static FormEntries none() {
        return new FormEntries(Map.of(), Map.of(), "", "");
    }

    /** The entries for this instrument's items and prompts; other fields of the form are ignored. */
    public static FormEntries read(MultivaluedMap<String, String> form, Instrument instrument) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            answers.put(item.key(), value(form, ANSWERS + item.key()));
        }
        Map<String, String> comments = new LinkedHashMap<>();
        for (CommentPrompt prompt : instrument.comments()) {
            // browsers send line breaks as CR LF but count them as one character against maxlength
            comments.put(prompt.key(), value(form, COMMENTS + prompt.key()).replace("\r\n", "\n"));
        }
        return new FormEntries(answers, comments, value(form, SEGMENT), value(form, UNIT));
    }

    /** The submission for the response service, with every answer given. */
    public ResponseSubmission submission(String code, Long assessmentId, Long unitId) {
        Map<String, Integer> values = new LinkedHashMap<>();
        answers.forEach((key, value) -> values.put(key, value.isBlank() ? null : Integer.valueOf(value.strip())));
        return new ResponseSubmission(code, assessmentId, unitId, values, comments, segment.isBlank() ? null : segment);
    }

    /**
     * Entries that are not even numbers where a number belongs. Only a hand-made request sends such
     * values (the form offers choices only); they are reported before anything else is checked.
     */
    public List<FieldError> unreadable() {
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((key, value) -> {
            if (!value.isBlank() && !isWholeNumber(value.strip())) {
                errors.add(new FieldError(ANSWERS + key, "not a number"));
            }
        });
        if (!unitId.isBlank() && !isWholeNumber(unitId.strip())) {
            errors.add(new FieldError(UNIT, "not a number"));
        }
        return errors;
    }

    /** The chosen unit, {@code null} when none is. Only call it when {@link #unreadable()} is empty. */
    Long chosenUnit() {
        return unitId.isBlank() ? null : Long.valueOf(unitId.strip());
    }

    private static boolean isWholeNumber(String value) {
        return value.matches("-?\\d{1,9}");
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
