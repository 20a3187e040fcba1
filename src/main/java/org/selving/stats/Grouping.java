package org.selving.stats;

/**
 * Which group (unit, segment) each respondent belongs to: labels 0..count-1, or -1 for none.
 * The labels array is adopted without a copy (a million ints) and must not change afterwards.
 */
public final class Grouping {

    private final int[] labels;
    private final int count;

    private Grouping(int[] labels, int count) {
        this.labels = labels;
        this.count = count;
    }

    public static Grouping of(int[] labels, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("group count must not be negative");
        }
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] < -1 || labels[row] >= count) {
                throw new IllegalArgumentException(
                        "row " + row + " has group " + labels[row] + ", expected -1 or 0.." + (count - 1));
            }
        }
        return new Grouping(labels, count);
    }

    /** Nobody belongs to any group (for example a survey without segments). */
    public static Grouping none(int rows) {
        int[] labels = new int[rows];
        java.util.Arrays.fill(labels, -1);
        return new Grouping(labels, 0);
    }

    public int count() {
        return count;
    }

    public int rows() {
        return labels.length;
    }

    /** The group of a row, -1 if none. */
    public int label(int row) {
        return labels[row];
    }
}
