package org.selving.stats;

import java.util.List;

/** ICC(1) and ICC(2) of a score by group. */
public final class IntraclassCorrelation {

    private IntraclassCorrelation() {
    }

    /** ICCs of the non-missing values by group (rows without a group are left out). */
    public static Result<Icc> of(double[] values, Grouping groups) {
        return fromGroups(OneWayAnova.groupMoments(values, groups));
    }

    /** ICCs from each group's moments of the score (groups without values take no part). */
    public static Result<Icc> fromGroups(List<Moments> groups) {
        return OneWayAnova.fromGroups(groups).flatMap(anova -> fromAnova(anova, groups));
    }

    private static Result<Icc> fromAnova(Anova anova, List<Moments> groups) {
        // Equal group means leave rounding noise in SS between, which would make ICC2 absurdly negative.
        if (!(anova.ssBetween() > 1e-12 * (anova.ssBetween() + anova.ssWithin()))) {
            return Result.notComputable(Reason.ZERO_VARIANCE, "the group means are all equal");
        }
        double n = anova.n();
        int j = anova.groups();
        double msb = anova.msBetween();
        double msw = anova.msWithin();
        double k = n / j;
        double sumSquaredSizes = 0;
        for (Moments g : groups) {
            sumSquaredSizes += (double) g.n() * g.n();
        }
        double n0 = (n - sumSquaredSizes / n) / (j - 1);
        double f = anova.f();
        double fLower = f / Distributions.fQuantile(0.975, anova.dfBetween(), anova.dfWithin());
        double fUpper = f * Distributions.fQuantile(0.975, anova.dfWithin(), anova.dfBetween());
        String detail = "the F bounds give no interval";
        Result<Interval> ci1 = Interval.of((fLower - 1) / (fLower + k - 1), (fUpper - 1) / (fUpper + k - 1),
                Reason.ZERO_VARIANCE, detail);
        Result<Interval> ci2 = Interval.of(1 - 1 / fLower, 1 - 1 / fUpper, Reason.ZERO_VARIANCE, detail);
        return ci1.flatMap(c1 -> ci2.map(c2 -> new Icc((msb - msw) / (msb + (k - 1) * msw), c1, (msb - msw) / msb, c2,
                (msb - msw) / (msb + (n0 - 1) * msw), k, n0, j, anova.n())));
    }
}
