package org.selving.report;

/**
 * Text written into a CSV export stays text when the file is opened in a spreadsheet: a unit name or a
 * comment starting with {@code = + - @} (or a tab or carriage return) would otherwise be taken for a
 * formula and run. Such text gets a leading apostrophe, which spreadsheets show as text and hide;
 * numbers are left as they are.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
