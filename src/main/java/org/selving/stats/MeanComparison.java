package org.selving.stats;

/**
 * Welch's t-test of mean A against mean B (unequal variances), with Hedges' g.
 *
 * @param difference  meanA - meanB
 * @param differenceCi95 difference +/- qt(0.975, df) times its standard error, as R's t.test gives it
 * @param df          Welch-Satterthwaite degrees of freedom
 * @param p           two-sided p-value
 * @param hedgesG     standardized difference (pooled SD) times the small-sample correction J
 * @param hedgesGCi95 g +/- 1.96 SE(g), SE from Hedges and Olkin's large-sample variance
 */
public record MeanComparison(long nA, double meanA, long nB, double meanB, double difference,
        Interval differenceCi95, double t, double df,
        double p, double hedgesG, Interval hedgesGCi95) {
}
