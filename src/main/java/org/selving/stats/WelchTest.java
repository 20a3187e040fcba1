package org.selving.stats;

/** Welch's two-sample t-test as R's t.test(a, b, var.equal = FALSE), with Hedges' g. */
public final class WelchTest {

    private WelchTest() {
    }

    /** Compares the non-missing values of a and b. */
    public static Result<MeanComparison> of(double[] a, double[] b) {
        return fromMoments(Moments.of(a), Moments.of(b));
    }

    /**
     * Compares two groups from their moments, for example one dimension in two survey cycles
     * ({@link Descriptives#moments()}).
     * <p>
     * Hedges' g follows Borenstein et al., Introduction to Meta-Analysis (2009), ch. 4:
     * d = (mA - mB) / s_pooled, V_d = (nA + nB)/(nA nB) + d^2 / (2 (nA + nB)),
     * J = 1 - 3 / (4 df - 1) with df = nA + nB - 2, g = J d, V_g = J^2 V_d.
     */
    public static Result<MeanComparison> fromMoments(Moments a, Moments b) {
        long nA = a.n();
        long nB = b.n();
        if (nA < 2 || nB < 2) {
            return Result.notComputable(Reason.TOO_FEW_CASES,
                    "a t-test needs at least 2 values per group, got " + nA + " and " + nB);
        }
        double varA = a.variance();
        double varB = b.variance();
        double seA = varA / nA;
        double seB = varB / nB;
        double se2 = seA + seB;
        if (!(se2 > 0)) {
            return Result.notComputable(Reason.ZERO_VARIANCE, "neither group varies");
        }
        double difference = a.mean() - b.mean();
        double t = difference / Math.sqrt(se2);
        double df = se2 * se2 / (seA * seA / (nA - 1) + seB * seB / (nB - 1));
        double p = Distributions.tTwoSidedP(t, df);
        double differenceHalf = Distributions.tQuantileUpper(0.975, df) * Math.sqrt(se2);

        double pooledDf = nA + nB - 2.0;
        double pooledSd = Math.sqrt(((nA - 1) * varA + (nB - 1) * varB) / pooledDf);
        double d = difference / pooledSd;
        double correction = 1 - 3 / (4 * pooledDf - 1);
        double g = correction * d;
        double varianceD = (nA + nB) / ((double) nA * nB) + d * d / (2.0 * (nA + nB));
        double half = Distributions.Z_975 * correction * Math.sqrt(varianceD);
        return Result.of(new MeanComparison(nA, a.mean(), nB, b.mean(), difference,
                new Interval(difference - differenceHalf, difference + differenceHalf), t, df, p, g,
                new Interval(g - half, g + half)));
    }
}
