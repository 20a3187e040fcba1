package org.selving.stats;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Tail probabilities and quantiles of the t and F distributions, as R's pt/pf/qt/qf give them.
 * Upper tails come straight from the regularized incomplete beta function, not as 1 - cdf, so
 * that the tiny p-values of a million respondents keep their relative precision.
 */
final class Distributions {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** qnorm(0.975). */
    static final double Z_975 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

    /** Absolute accuracy asked of Commons Math's quantile solver (its default, 1e-9, is too coarse for 1e-8 checks). */
    private static final double QUANTILE_ACCURACY = 1e-13;

    private Distributions() {
    }

    /** Two-sided p-value of a t statistic: P(|T| >= |t|). */
    static double tTwoSidedP(double t, double df) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** Upper-tail p-value of an F statistic: P(F >= f). */
    static double fUpperP(double f, double df1, double df2) {
        if (f <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
    }

    /**
     * The t quantile for p in (0.5, 1). Every group's mean CI needs one, thousands per report, and
     * Commons Math's generic solver costs dozens of incomplete-beta evaluations each. Here the
     * Cornish-Fisher expansion in 1/df (Abramowitz and Stegun 26.7.5) gives a start that is
     * already within about 1e-13 for df >= 1000, where it is used as is; below that, Newton's
     * method refines it. The t cdf is concave above 0 and the expansion falls short of the root,
     * so the iterates rise monotonically and converge quadratically.
     */
    static double tQuantileUpper(double p, double df) {
        if (!(p > 0.5 && p < 1) || !(df > 0)) {
            throw new IllegalArgumentException("tQuantileUpper needs 0.5 < p < 1 and df > 0, got p=" + p + ", df=" + df);
        }
        if (df == 1) {
            return Math.tan(Math.PI * (p - 0.5));
        }
        if (df == 2) {
            return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(p);
        double z2 = z * z;
        double x = z + (z2 + 1) * z / 4 / df
                + ((5 * z2 + 16) * z2 + 3) * z / 96 / (df * df)
                + (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384 / (df * df * df)
                + ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160 / (df * df * df * df);
        if (df >= 1000) {
            return x;
        }
        TDistribution t = new TDistribution(null, df, QUANTILE_ACCURACY);
        for (int iteration = 0; iteration < 100; iteration++) {
            // Upper tail from the beta function: p close to 1 would lose digits as cdf - p.
            double upper = 0.5 * Beta.regularizedBeta(df / (df + x * x), df / 2, 0.5);
            double step = (upper - (1 - p)) / t.density(x);
            x += step;
            // Quadratic convergence: after a step this small the error is far below 1e-15.
            if (Math.abs(step) <= 1e-8 * x) {
                break;
            }
        }
        return x;
    }

    /**
     * The F quantile: the exact inverse of the F cdf. (R's qf agrees up to df2 = 4e5; beyond, R
     * returns the chi-square approximation qchisq(p, df1)/df1 instead, which for a Feldt interval
     * over a million respondents moves a bound in the 5th decimal.)
     */
    static double fQuantile(double p, double df1, double df2) {
        return new FDistribution(null, df1, df2, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
    }
}
