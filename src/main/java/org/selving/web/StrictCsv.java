package org.selving.web;

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
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read strictly, the same way for every kind of file the console takes (answers,
 * participant lists): UTF-8 (a byte order mark is allowed), comma-separated with RFC 4180 quoting,
 * a header line naming the columns, empty lines skipped. Every problem is reported with its line, as
 * {@link FieldError}s named after the column at fault ({@code file} for the file as a whole, {@code row}
 * for a line); what the columns mean is the caller's business.
 */
public final class StrictCsv {

    /** One line of data (after the header), with its 1-based line number and its cells as written. */
    public record Record(int line, List<String> cells) {
    }

    /** Takes each line after the header that has as many fields as it, in the order of the file. */
    @FunctionalInterface
    public interface RecordReader {
        void read(List<String> header, Record record);
    }

    /** Checks the column names against what the file must have; problems go to {@code errors}. */
    @FunctionalInterface
    public interface HeaderCheck {
        void check(List<String> header, int line, List<FieldError> errors);
    }

    private StrictCsv() {
    }

    /**
     * Reads the file; every problem goes to {@code errors}: bytes that are not UTF-8, an empty file,
     * another delimiter than the comma, a column named twice or refused by {@code columns} (reading
     * stops there), a line with another number of fields than the header, a quoted field that is never
     * closed (reading stops there). A header without data lines is the caller's to refuse: it knows
     * what the lines hold.
     *
     * @return the column names, stripped; {@code null} when the file could not be read that far
     */
    public static List<String> read(byte[] bytes, HeaderCheck columns, RecordReader records, List<FieldError> errors) {
        String text = decode(bytes, errors);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            errors.add(new FieldError("file", "the file is empty", 1));
            return null;
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
        List<String> header = null;
        try (parser) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, text, record.getCharacterPosition());
                if (header == null) {
                    header = record.toList().stream().map(String::strip).toList();
                    if (!checkHeader(header, line, columns, errors)) {
                        return null;
                    }
                } else if (record.size() != header.size()) {
                    errors.add(new FieldError("row", "has " + record.size() + " fields, the header has " + header.size(),
                            line));
                } else {
                    records.read(header, new Record(line, record.toList()));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            // malformed quoting: the reader cannot tell where the next record starts, so reading stops here
            errors.add(new FieldError("file", "unreadable CSV: a quoted field is not closed properly"
                    + " (a quote inside a quoted field must be doubled: \"\")", (int) parser.getCurrentLineNumber() + 1));
        }
        return header;
    }

    private static String decode(byte[] bytes, List<FieldError> errors) {
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

    /** A header of one column holding another delimiter, a column named twice or refused stops the reading. */
    private static boolean checkHeader(List<String> header, int line, HeaderCheck columns, List<FieldError> errors) {
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
        int before = errors.size();
        List<String> distinct = new ArrayList<>();
        for (String column : header) {
            if (!seen.add(column)) {
                errors.add(new FieldError(column, "column appears twice", line));
            } else {
                distinct.add(column);
            }
        }
        columns.check(distinct, line, errors);
        return errors.size() == before;
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
