package org.selving.stats;

/**
 * How a group's view of itself ("inside": staff about their organization) and others' view of it
 * ("outside": its customers, partners...) differ on one score answered on the same scale: each as a
 * 0-100 index, the gap in index points with its 95% interval, and Welch's test of inside against
 * outside with Hedges' g ({@link WelchTest}, on the answer scale).
 *
 * @param gap     inside index minus outside index
 * @param gapCi95 the Welch interval of the difference of means, in index points
 * @param test    inside (A) against outside (B)
 */
public record MirrorGap(double insideIndex, double outsideIndex, double gap, Interval gapCi95, MeanComparison test) {

    /** The gap between two groups' scores (their moments) on {@code scale}; not computable as Welch's test is not. */
    public static Result<MirrorGap> of(Moments inside, Moments outside, AnswerScale scale) {
        double points = 100.0 / (scale.max() - scale.min());
        return WelchTest.fromMoments(inside, outside).map(test -> new MirrorGap(scale.index(test.meanA()),
                scale.index(test.meanB()), test.difference() * points,
                new Interval(test.differenceCi95().lower() * points, test.differenceCi95().upper() * points), test));
    }
}
