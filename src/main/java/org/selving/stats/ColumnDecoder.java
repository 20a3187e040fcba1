package org.selving.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Turns a row of answers into keyed offsets: 0 for the lowest option after reverse keying, up to
 * A - 1, and -1 for a missing answer. The engine's frequency tables and integer sums are indexed
 * by these offsets. An answer that is not an integer of its column's scale is a caller's bug and
 * fails loudly here rather than skewing a statistic.
 */
final class ColumnDecoder {

    private final int cols;
    private final int[] read;
    private final int[] min;
    private final int[] options;
    private final boolean[] reversed;
    private final int[] offsets;

    /** A decoder of every column the layout describes. */
    ColumnDecoder(SurveyLayout layout) {
        this(layout, IntStream.range(0, layout.columnScales().size()).toArray());
    }

    /** A decoder of the listed columns only; the others always read as missing. */
    ColumnDecoder(SurveyLayout layout, int[] columnsToRead) {
        cols = layout.columnScales().size();
        read = columnsToRead.clone();
        min = new int[cols];
        options = new int[cols];
        reversed = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            AnswerScale scale = layout.columnScales().get(c);
            min[c] = scale.min();
            options[c] = scale.options();
            reversed[c] = layout.reversedColumns().contains(c);
        }
        offsets = new int[cols];
        Arrays.fill(offsets, -1);
    }

    void checkFits(AnswerMatrix answers) {
        if (answers.cols() != cols) {
            throw new IllegalArgumentException("the layout describes " + cols + " columns, the matrix has " + answers.cols());
        }
    }

    /** The keyed offsets of one row, in a buffer that the next call overwrites. */
    int[] decode(float[] values, int row) {
        int base = row * cols;
        for (int c : read) {
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
        return offsets;
    }
}
