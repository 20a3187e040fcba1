package org.selving.invitation;

import java.util.ArrayList;
import java.util.List;

import org.selving.web.FieldError;
import org.selving.web.StrictCsv;

/**
 * A participant list as a CSV file, read as strictly as answer files ({@link StrictCsv}): a header with
 * the columns {@code email} and {@code unit} (the unit's name, or its path such as
 * {@code Operations/Warehouse} when names repeat) and optionally {@code language}, then one person per
 * line. Problems of the file itself go to the errors with their line; the people are checked by
 * {@link InvitationService}.
 */
final class ParticipantCsv {

    static final String EMAIL = "email";
    static final String UNIT = "unit";
    static final String LANGUAGE = "language";

    private ParticipantCsv() {
    }

    static List<ListedParticipant> read(byte[] bytes, List<FieldError> errors) {
        List<ListedParticipant> people = new ArrayList<>();
        List<String> header = StrictCsv.read(bytes, ParticipantCsv::checkHeader, (columns, record) -> {
            List<String> cells = record.cells();
            int language = columns.indexOf(LANGUAGE);
            people.add(new ListedParticipant(record.line(), "", cells.get(columns.indexOf(EMAIL)).strip(), null,
                    cells.get(columns.indexOf(UNIT)).strip(), language < 0 ? null : cells.get(language).strip()));
        }, errors);
        if (header != null && people.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "the file has a header but nobody on it", 2));
        }
        return people;
    }

    private static void checkHeader(List<String> header, int line, List<FieldError> errors) {
        for (String column : header) {
            if (!List.of(EMAIL, UNIT, LANGUAGE).contains(column)) {
                errors.add(new FieldError(column.isEmpty() ? "(empty)" : column,
                        "unknown column; the columns are email, unit and optionally language", line));
            }
        }
        for (String column : List.of(EMAIL, UNIT)) {
            if (!header.contains(column)) {
                errors.add(new FieldError(column, "missing column", line));
            }
        }
    }
}
