package org.selving.response;

/**
 * Every response of an assessment as primitive arrays, for reports: respondent {@code r} belongs to
 * unit {@code unitIds[r]}, chose segment option {@code segments[r]} (1-based, 0 = not given) and gave
 * {@code answers[r * items + i]} to the i-th item of the pinned instrument's {@code items()}:
 * 0 = not answered, otherwise value - scale.min + 1.
 */
public record ResponseMatrix(int items, long[] unitIds, byte[] segments, byte[] answers) {

    public int respondents() {
        return unitIds.length;
    }

    /** The packed answer of respondent {@code r} to item {@code i} (0 = not answered). */
    public int packed(int r, int i) {
        return answers[r * items + i];
    }
}
