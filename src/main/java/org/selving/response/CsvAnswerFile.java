package org.selving.response;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.selving.web.FieldError;

/**
 * A CSV file of answers collected offline, read strictly: UTF-8 (a byte order mark is allowed),
 * comma-separated with RFC 4180 quoting, a header naming the columns, one respondent per line.
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
        String text = decode(bytes);
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            errors.add(new FieldError("file", "the file is empty", 1));
            return;
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
        try (parser) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, text, record.getCharacterPosition());
                if (header == null) {
                    header = record.toList().stream().map(String::strip).toList();
                    if (!checkHeader(header, line)) {
                        return;
                    }
                } else {
                    readRow(header, record, line);
                }
            }
            if (header != null && rows.isEmpty() && errors.isEmpty()) {
                errors.add(new FieldError("file", "the file has a header but no respondents", 2));
            }
        } catch (UncheckedIOException | IOException e) {
            // malformed quoting: the reader cannot tell where the next record starts, so reading stops here
            errors.add(new FieldError("file", "unreadable CSV: a quoted field is not closed properly"
                    + " (a quote inside a quoted field must be doubled: \"\")", (int) parser.getCurrentLineNumber() + 1));
        }
    }

    private String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            errors.add(new FieldError("file", String.format(
                    "not UTF-8: byte 0x%02X cannot be read; save the file as \"CSV UTF-8\"", bytes[at] & 0xFF), line));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private boolean checkHeader(List<String> header, int line) {
        if (header.size() == 1) {
            for (char delimiter : new char[] { ';', '\t', '|' }) {
                if (header.get(0).indexOf(delimiter) >= 0) {
                    errors.add(new FieldError("file", "columns are separated by '" + (delimiter == '\t' ? "tab" : delimiter)
                            + "', not by commas; save the file as comma-separated CSV", line));
                    return false;
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                errors.add(new FieldError(column, "column appears twice", line));
            } else if (!column.equals(UNIT) && !itemKeys.contains(column) && !promptKeys.contains(column)
                    && !(segmentAsked && column.equals(SEGMENT))) {
                errors.add(new FieldError(column.isEmpty() ? "(empty)" : column, column.equals(SEGMENT)
                        ? "this assessment asks no segment question" : "unknown column", line));
            }
        }
        if (!seen.contains(UNIT)) {
            errors.add(new FieldError(UNIT, "missing column", line));
        }
        for (String key : itemKeys) {
            if (!seen.contains(key)) {
                errors.add(new FieldError(key, "missing column (leave its cells empty for items not asked)", line));
            }
        }
        return errors.isEmpty();
    }

    private void readRow(List<String> header, CSVRecord record, int line) {
        if (record.size() != header.size()) {
            errors.add(new FieldError("row", "has " + record.size() + " fields, the header has " + header.size(), line));
            return;
        }
        int before = errors.size();
        String unit = "";
        String segment = null;
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            String cell = record.get(c);
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

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * 1-based line on which the record starting at {@code position} is: the reader reports the
     * position before the empty lines it skipped, so those are skipped here too.
     */
    private static int lineOf(int[] lineStarts, String text, long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        int index = Arrays.binarySearch(lineStarts, start);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
