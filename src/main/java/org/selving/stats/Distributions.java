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

    /** qnorm(0.975). */
    static final double Z_975 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

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
     * The t quantile for p in (0.5, 1). Many small groups each need one (their mean's CI), and
     * Commons Math's generic bracketing solver costs tens of cdf evaluations per call, so this
     * runs Newton's method from the normal quantile: the t cdf is concave above 0, so the
     * iterates rise monotonically to the root and stop within a few steps.
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
        TDistribution t = new TDistribution(null, df, QUANTILE_ACCURACY);
        double x = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
        for (int iteration = 0; iteration < 100; iteration++) {
            // Upper tail from the beta function: p close to 1 would lose digits as cdf - p.
            double upper = 0.5 * Beta.regularizedBeta(df / (df + x * x), df / 2, 0.5);
            double step = (upper - (1 - p)) / t.density(x);
            x += step;
            if (Math.abs(step) <= 1e-14 * Math.max(1, x)) {
                break;
            }
        }
        return x;
    }

    /** The F quantile qf(p, df1, df2). */
    static double fQuantile(double p, double df1, double df2) {
        return new FDistribution(null, df1, df2, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
    }
}
