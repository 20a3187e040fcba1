package org.selving.stats;

/**
 * Turns a row of answers into keyed offsets: 0 for the lowest option after reverse keying, up to
 * A - 1, and -1 for a missing answer. The engine's frequency tables and integer sums are indexed
 * by these offsets. An answer that is not an integer of its column's scale is a caller's bug and
 * fails loudly here rather than skewing a statistic.
 */
final class ColumnDecoder {

    private final int cols;
    private final int[] min;
    private final int[] options;
    private final boolean[] reversed;

    ColumnDecoder(SurveyLayout layout) {
        cols = layout.columnScales().size();
        min = new int[cols];
        options = new int[cols];
        reversed = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            AnswerScale scale = layout.columnScales().get(c);
            min[c] = scale.min();
            options[c] = scale.options();
            reversed[c] = layout.reversedColumns().contains(c);
        }
    }

    void checkFits(AnswerMatrix answers) {
        if (answers.cols() != cols) {
            throw new IllegalArgumentException("the layout describes " + cols + " columns, the matrix has " + answers.cols());
        }
    }

    void decode(float[] values, int row, int[] offsets) {
        int base = row * cols;
        for (int c = 0; c < cols; c++) {
            float x = values[base + c];
            if (x != x) {
                offsets[c] = -1;
                continue;
            }
            int v = (int) x;
            int offset = v - min[c];
            if (v != x || offset < 0 || offset >= options[c]) {
                throw new IllegalArgumentException("row " + row + ", column " + c + ": " + x + " is not an answer on "
                        + min[c] + ".." + (min[c] + options[c] - 1));
            }
            offsets[c] = reversed[c] ? options[c] - 1 - offset : offset;
        }
    }
}
