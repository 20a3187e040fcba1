package org.selving.stats;

/**
 * A share of answers ({@code count} of {@code total}) with its Wilson score 95% interval. The
 * Wilson interval stays inside [0, 1] and keeps its coverage near 0% and 100%, where the plain
 * Wald interval collapses, which is exactly where small teams and skewed items put a survey.
 */
public record Share(long count, long total, double proportion, Interval ci95) {

    /** The share count / total with a Wilson interval on {@code total} independent cases. */
    public static Result<Share> wilson(long count, long total) {
        return wilson(count, total, total);
    }

    /**
     * The share count / total with a Wilson interval for {@code effectiveN} cases: pooled answers
     * of several items come from fewer independent people, so their interval uses the number of
     * respondents rather than the number of answers.
     */
    public static Result<Share> wilson(long count, long total, long effectiveN) {
        if (count < 0 || count > total || effectiveN > total) {
            throw new IllegalArgumentException("need 0 <= count <= total and effectiveN <= total, got " + count + ", "
                    + total + ", " + effectiveN);
        }
        if (total == 0 || effectiveN == 0) {
            return Result.notComputable(Reason.NO_DATA, "no answers");
        }
        double p = (double) count / total;
        double z2 = Distributions.Z_975 * Distributions.Z_975;
        double n = effectiveN;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Distributions.Z_975 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0% and 100% the bound is exactly 0 or 1; rounding must not leave it a hair inside.
        double lower = count == 0 ? 0 : Math.max(0, centre - half);
        double upper = count == total ? 1 : Math.min(1, centre + half);
        return Result.of(new Share(count, total, p, new Interval(lower, upper)));
    }
}
