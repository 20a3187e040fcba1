package org.selving.assessment;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.selving.web.FieldError;
import org.selving.web.FormInput;

/**
 * The new-assessment form as typed, and the {@link AssessmentSettings} it stands for. Its fields
 * are named as the API's ({@code title}, {@code segmentQuestion.options[1].label.fr}), so every
 * refusal, the form's own or the service's, is shown next to the field it names.
 *
 * @param segmentText the segment question per language, as typed
 * @param options     a fixed number of option rows (the form has no script to add rows)
 */
public record AssessmentForm(String instrument, String title, String opensAt, String closesAt, String minGroupSize,
        boolean openLink, Map<String, String> segmentText, List<OptionRow> options) {

    /** Option rows offered; a segment question rarely has more than a handful. */
    public static final int OPTION_ROWS = 5;

    /** One option of the segment question, as typed: its key and its label per language. */
    public record OptionRow(String key, Map<String, String> label) {

        boolean blank() {
            return key.isEmpty() && label.values().stream().allMatch(String::isEmpty);
        }
    }

    /** An empty form with the defaults filled in. */
    public static AssessmentForm blank(String instrument, List<String> languages) {
        return read(new MultivaluedHashMap<>(Map.of("instrument", instrument,
                "minGroupSize", String.valueOf(AssessmentSettings.DEFAULT_MIN_GROUP_SIZE))), languages);
    }

    /** The form as sent, for the given languages of the segment question. */
    public static AssessmentForm read(MultivaluedMap<String, String> form, List<String> languages) {
        Map<String, String> text = new LinkedHashMap<>();
        languages.forEach(l -> text.put(l, field(form, "segmentQuestion.text." + l)));
        List<OptionRow> options = new ArrayList<>();
        for (int i = 0; i < OPTION_ROWS; i++) {
            Map<String, String> label = new LinkedHashMap<>();
            for (String language : languages) {
                label.put(language, field(form, "segmentQuestion.options[" + i + "].label." + language));
            }
            options.add(new OptionRow(field(form, "segmentQuestion.options[" + i + "].key"), label));
        }
        return new AssessmentForm(field(form, "instrument"), field(form, "title"), field(form, "opensAt"),
                field(form, "closesAt"), field(form, "minGroupSize"), form.getFirst("openLink") != null, text, options);
    }

    /**
     * The settings this form asks for, times read in {@code zone}; what cannot even be read (a number
     * or a time mistyped) goes to {@code errors} instead.
     */
    public AssessmentSettings settings(ZoneId zone, List<FieldError> errors) {
        return new AssessmentSettings(instrument, title, time(opensAt, "opensAt", zone, errors),
                time(closesAt, "closesAt", zone, errors), FormInput.integer(minGroupSize, "minGroupSize", errors), null,
                openLink, segmentQuestion(), null);
    }

    /** The segment question, or none when the form leaves all of it empty. */
    private SegmentQuestion segmentQuestion() {
        int used = 0;
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).blank()) {
                used = i + 1;
            }
        }
        Map<String, String> text = typed(segmentText);
        if (used == 0 && text.isEmpty()) {
            return null;
        }
        // rows up to the last one filled in, so that each error is reported on the row it is about
        List<SegmentQuestion.Option> chosen = options.subList(0, used).stream()
                .map(row -> new SegmentQuestion.Option(row.key(), typed(row.label()))).toList();
        return new SegmentQuestion(text, chosen);
    }

    /** The texts given; a language left empty is left out, and the service says whether it was needed. */
    private static Map<String, String> typed(Map<String, String> texts) {
        Map<String, String> given = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (!text.isEmpty()) {
                given.put(language, text);
            }
        });
        return given;
    }

    private static OffsetDateTime time(String typed, String field, ZoneId zone, List<FieldError> errors) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date and time, such as 2030-01-31T09:00"));
            return null;
        }
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        return FormInput.text(form.getFirst(name));
    }
}
