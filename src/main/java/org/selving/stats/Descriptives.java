package org.selving.stats;

import java.util.Arrays;

/**
 * What a report shows of one item or scale score: n, mean, SD (n - 1), median, the t-based 95%
 * interval of the mean, and the same mean and interval as a 0-100 index of the answer scale.
 */
public record Descriptives(long n, double mean, Result<Double> sd, double median, Result<Interval> meanCi95,
        double index, Result<Interval> indexCi95) {

    /** Descriptives of the non-missing values (NaN = missing) measured on {@code scale}. */
    public static Result<Descriptives> of(double[] values, AnswerScale scale) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double median = present.length == 0 ? Double.NaN : medianOfSorted(present);
        return from(Moments.of(values), median, scale);
    }

    /** Descriptives from moments and a median computed elsewhere (the engine's frequency tables). */
    static Result<Descriptives> from(Moments moments, double median, AnswerScale scale) {
        long n = moments.n();
        if (n == 0) {
            return Result.notComputable(Reason.NO_DATA, "no answers");
        }
        double mean = moments.mean();
        Result<Double> sd;
        Result<Interval> meanCi;
        Result<Interval> indexCi;
        if (n < 2) {
            String detail = "an SD and a confidence interval need at least 2 answers, got 1";
            sd = Result.notComputable(Reason.TOO_FEW_CASES, detail);
            meanCi = Result.notComputable(Reason.TOO_FEW_CASES, detail);
            indexCi = Result.notComputable(Reason.TOO_FEW_CASES, detail);
        } else {
            double s = Math.sqrt(moments.variance());
            double half = Distributions.tQuantileUpper(0.975, n - 1) * s / Math.sqrt(n);
            sd = Result.of(s);
            meanCi = Result.of(new Interval(mean - half, mean + half));
            indexCi = Result.of(new Interval(scale.index(mean - half), scale.index(mean + half)));
        }
        return Result.of(new Descriptives(n, mean, sd, median, meanCi, scale.index(mean), indexCi));
    }

    /**
     * The moments behind these descriptives, for tests between surveys that were computed apart
     * (this cycle against the last: {@link WelchTest#fromMoments}).
     */
    public Moments moments() {
        return new Moments(n, mean, sd.isComputed() ? sd.value() * sd.value() * (n - 1) : 0);
    }

    /** R's median of sorted values: the middle one, or the mean of the two middle ones. */
    static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * R's median of a frequency table: {@code counts[offset + order[i]]} cases have the value
     * {@code values[order[i]]}, with {@code order} listing the cells by ascending value.
     */
    static double medianOfCounts(int[] counts, int offset, int[] order, double[] values) {
        long n = 0;
        for (int cell : order) {
            n += counts[offset + cell];
        }
        if (n == 0) {
            return Double.NaN;
        }
        // R's median averages the values at 1-based positions floor((n+1)/2) and ceil((n+1)/2).
        long lowPosition = (n + 1) / 2;
        long highPosition = n / 2 + 1;
        double low = Double.NaN;
        long seen = 0;
        for (int cell : order) {
            seen += counts[offset + cell];
            if (Double.isNaN(low) && seen >= lowPosition) {
                low = values[cell];
            }
            if (seen >= highPosition) {
                return (low + values[cell]) / 2;
            }
        }
        throw new IllegalStateException("unreachable: the positions lie within n");
    }
}
