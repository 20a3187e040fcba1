package org.selving.stats;

import java.util.Arrays;

/**
 * Answers of respondents (rows) to items (columns), missing answers as NaN.
 * <p>
 * Stored as one flat row-major {@code float[]}: survey answers are small integers, which a float
 * holds exactly, and a float takes half the memory of a double, so a million respondents times 40
 * items take 160 MB instead of 320 MB and a row is one contiguous run of memory for the
 * engine's single pass. {@link #wrap} adopts the caller's array without copying it, so a report
 * can fill one array straight from storage; after wrapping it must not change.
 */
public final class AnswerMatrix {

    private final float[] values;
    private final int rows;
    private final int cols;

    private AnswerMatrix(float[] values, int rows, int cols) {
        if (rows < 0 || cols < 1 || (long) rows * cols != values.length) {
            throw new IllegalArgumentException(
                    "a " + rows + " x " + cols + " matrix needs " + (long) rows * cols + " values, got " + values.length);
        }
        this.values = values;
        this.rows = rows;
        this.cols = cols;
    }

    /** A matrix over {@code values}, row-major, adopted without a copy. */
    public static AnswerMatrix wrap(float[] values, int rows, int cols) {
        return new AnswerMatrix(values, rows, cols);
    }

    /** A matrix copied from rows of {@code cols} answers each (NaN = missing). */
    public static AnswerMatrix of(double[][] rows, int cols) {
        float[] values = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = (float) rows[r][c];
            }
        }
        return new AnswerMatrix(values, rows.length, cols);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The answer, NaN if missing. */
    public double get(int row, int col) {
        return values[row * cols + col];
    }

    /** One column as doubles, NaN where missing. */
    public double[] column(int col) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = values[r * cols + col];
        }
        return out;
    }

    /** A copy with {@code columns} reverse-keyed on {@code scale}: (min + max) - x, missing stays missing. */
    public AnswerMatrix reverseKeyed(int[] columns, AnswerScale scale) {
        float[] out = Arrays.copyOf(values, values.length);
        for (int c : columns) {
            for (int r = 0; r < rows; r++) {
                out[r * cols + c] = (float) scale.reverse(out[r * cols + c]);
            }
        }
        return new AnswerMatrix(out, rows, cols);
    }

    float[] values() {
        return values;
    }
}
