package org.selving.report;

import java.util.ArrayList;
import java.util.List;

import org.selving.web.FieldError;
import org.selving.web.ProblemException;

/**
 * What a report is asked for; everything is optional.
 *
 * @param unitId   a unit: the report covers it and everything below it (default: the whole organization)
 * @param segment  the key of a segment option: the report covers only the people who chose it
 * @param level    the depth of the units the heatmap shows, 1 = top-level units (default: the deepest)
 * @param language one of the questionnaire's languages (default: its first)
 */
public record ReportRequest(Long unitId, String segment, Integer level, String language) {

    /** Deeper than any organization chart. */
    private static final int MAX_LEVEL = 100;

    /** From query parameters as typed, so that a malformed one gets a 400 naming it. */
    public static ReportRequest parse(String unit, String segment, String level, String language) {
        List<FieldError> errors = new ArrayList<>();
        Long unitId = number(unit, "unit", Long.MAX_VALUE, errors);
        Long depth = number(level, "level", MAX_LEVEL, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ReportRequest(unitId, blankToNull(segment), depth == null ? null : Math.toIntExact(depth),
                blankToNull(language));
    }

    private static Long number(String text, String field, long limit, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0 || value > limit) {
                errors.add(new FieldError(field, "must be a whole number from 0 to " + limit));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number, got '" + text + "'"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
