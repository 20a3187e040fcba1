package org.selving.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.selving.web.FieldError;
import org.selving.web.StrictCsv;

/**
 * A CSV file of answers collected offline, read strictly ({@link StrictCsv}): UTF-8, comma-separated
 * with RFC 4180 quoting, a header naming the columns, one respondent per line.
 * Columns: {@code unit} (the unit's name, or its path like {@code Operations/Warehouse} when names
 * repeat), {@code segment} (when the assessment asks one; the option key, may be empty), one column
 * per item key (every item; empty cell = not answered) and optionally one per comment prompt key.
 * Every problem is collected with its line and column; nothing is checked against units or scales here.
 */
final class CsvAnswerFile {

    static final String UNIT = "unit";
    static final String SEGMENT = "segment";

    /** One respondent's cells, as text for unit and segment and as numbers for the items. */
    record Row(int line, String unit, String segment, Map<String, Integer> answers, Map<String, String> comments) {
    }

    private final List<String> itemKeys;
    private final Set<String> promptKeys;
    private final boolean segmentAsked;
    private final List<Row> rows = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    CsvAnswerFile(List<String> itemKeys, Set<String> promptKeys, boolean segmentAsked) {
        this.itemKeys = itemKeys;
        this.promptKeys = promptKeys;
        this.segmentAsked = segmentAsked;
    }

    List<Row> rows() {
        return rows;
    }

    List<FieldError> errors() {
        return errors;
    }

    /** Reads the file; afterwards {@link #errors()} lists everything wrong with it, {@link #rows()} the rest. */
    void read(byte[] bytes) {
        List<String> header = StrictCsv.read(bytes, this::checkHeader,
                (columns, record) -> readRow(columns, record.cells(), record.line()), errors);
        if (header != null && rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "the file has a header but no respondents", 2));
        }
    }

    private void checkHeader(List<String> header, int line, List<FieldError> errors) {
        for (String column : header) {
            if (!column.equals(UNIT) && !itemKeys.contains(column) && !promptKeys.contains(column)
                    && !(segmentAsked && column.equals(SEGMENT))) {
                errors.add(new FieldError(column.isEmpty() ? "(empty)" : column, column.equals(SEGMENT)
                        ? "this assessment asks no segment question" : "unknown column", line));
            }
        }
        if (!header.contains(UNIT)) {
            errors.add(new FieldError(UNIT, "missing column", line));
        }
        for (String key : itemKeys) {
            if (!header.contains(key)) {
                errors.add(new FieldError(key, "missing column (leave its cells empty for items not asked)", line));
            }
        }
    }

    private void readRow(List<String> header, List<String> cells, int line) {
        int before = errors.size();
        String unit = "";
        String segment = null;
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            String cell = cells.get(c);
            if (column.equals(UNIT)) {
                unit = cell.strip();
            } else if (column.equals(SEGMENT)) {
                segment = cell.strip();
            } else if (promptKeys.contains(column)) {
                comments.put(column, cell);
            } else if (!cell.isBlank()) {
                try {
                    answers.put(column, Integer.valueOf(cell.strip()));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(column, "'" + cell.strip() + "' is not a whole number", line));
                }
            }
        }
        if (unit.isEmpty()) {
            errors.add(new FieldError(UNIT, "empty", line));
        }
        if (errors.size() == before) {
            rows.add(new Row(line, unit, segment, answers, comments));
        }
    }
}
