package org.selving.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A correlation with its two-sided p-value from t = r sqrt((n - 2)/(1 - r^2)) on n - 2 df, as
 * R's cor.test gives it for Pearson and, with ties (always, for survey answers), for Spearman.
 */
public record Correlation(long n, double r, double p) {

    /** Pearson r over the rows where both values are present. */
    public static Result<Correlation> pearson(double[] x, double[] y) {
        int[] rows = bothPresent(x, y);
        return fromValues(pick(x, rows), pick(y, rows));
    }

    /** Spearman rho (Pearson r of mid-ranks) over the rows where both values are present. */
    public static Result<Correlation> spearman(double[] x, double[] y) {
        int[] rows = bothPresent(x, y);
        return fromValues(midRanks(pick(x, rows)), midRanks(pick(y, rows)));
    }

    /** From the centred sums of squares and cross-products of n pairs. */
    static Result<Correlation> fromCentredSums(long n, double sxx, double syy, double sxy) {
        if (n < 3) {
            return Result.notComputable(Reason.TOO_FEW_CASES, "a correlation test needs at least 3 pairs, got " + n);
        }
        if (!(sxx > 0) || !(syy > 0)) {
            return Result.notComputable(Reason.ZERO_VARIANCE, "one of the two variables does not vary");
        }
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        double p = Math.abs(r) == 1 ? 0 : Distributions.tTwoSidedP(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
        return Result.of(new Correlation(n, r, p));
    }

    private static Result<Correlation> fromValues(double[] x, double[] y) {
        Moments mx = Moments.of(x);
        Moments my = Moments.of(y);
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx.mean()) * (y[i] - my.mean());
        }
        return fromCentredSums(x.length, mx.sumOfSquares(), my.sumOfSquares(), sxy);
    }

    private static int[] bothPresent(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y has " + y.length);
        }
        return IntStream.range(0, x.length).filter(i -> !Double.isNaN(x[i]) && !Double.isNaN(y[i])).toArray();
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /** Ranks 1..n, ties getting the mean of the ranks they span (R's rank(ties.method = "average")). */
    static double[] midRanks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
