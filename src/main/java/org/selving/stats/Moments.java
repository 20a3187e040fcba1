package org.selving.stats;

/**
 * The sufficient statistics of one variable: count, mean and sum of squared deviations from the
 * mean. Every mean, SD, t-test and ANOVA of the package starts from these.
 */
public record Moments(long n, double mean, double sumOfSquares) {

    public static final Moments EMPTY = new Moments(0, 0, 0);

    /** Moments of the non-missing values (NaN = missing), in two passes for accuracy. */
    public static Moments of(double[] values) {
        long n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new Moments(n, mean, squares);
    }

    /** Moments of a frequency table: {@code counts[i]} cases have the value {@code values[i]}. */
    static Moments ofCounts(int[] counts, int offset, int length, double[] values) {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < length; i++) {
            int c = counts[offset + i];
            n += c;
            sum += c * values[i];
        }
        if (n == 0) {
            return EMPTY;
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < length; i++) {
            double d = values[i] - mean;
            squares += counts[offset + i] * d * d;
        }
        return new Moments(n, mean, squares);
    }

    /** Sample variance (n - 1 denominator); NaN below two cases. */
    public double variance() {
        return n < 2 ? Double.NaN : sumOfSquares / (n - 1);
    }
}
