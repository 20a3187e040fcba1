package org.selving.stats;

import java.util.Arrays;

/**
 * How a figure spreads across a few groups (organizations side by side): its quartiles by linear
 * interpolation between the sorted values (R's quantile type 7, numpy's default), and where a value
 * stands among them.
 *
 * @param n how many values
 */
public record Spread(int n, double lowerQuartile, double median, double upperQuartile) {

    /** The quartiles of the values (NaN left out); not computable without any. */
    public static Result<Spread> of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Result.notComputable(Reason.NO_DATA, "no value to spread");
        }
        return Result.of(new Spread(sorted.length, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)));
    }

    /** Type 7: h = (n - 1) p, then linear between the values at floor(h) and floor(h) + 1 (0-based). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /**
     * The quarter a value falls in: 1 at or below the lower quartile, 2 up to the median, 3 up to the
     * upper quartile, 4 above it.
     */
    public int quarterOf(double value) {
        return value <= lowerQuartile ? 1 : value <= median ? 2 : value <= upperQuartile ? 3 : 4;
    }
}
