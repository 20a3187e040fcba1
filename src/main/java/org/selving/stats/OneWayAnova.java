package org.selving.stats;

import java.util.ArrayList;
import java.util.List;

/** One-way ANOVA from per-group moments; groups without values take no part. */
public final class OneWayAnova {

    private OneWayAnova() {
    }

    /** ANOVA of the non-missing values by group (rows without a group are left out). */
    public static Result<Anova> of(double[] values, Grouping groups) {
        return fromGroups(groupMoments(values, groups));
    }

    /** ANOVA from each group's moments of the score. */
    public static Result<Anova> fromGroups(List<Moments> groups) {
        int j = 0;
        long n = 0;
        double weightedMeans = 0;
        double ssWithin = 0;
        for (Moments g : groups) {
            if (g.n() > 0) {
                j++;
                n += g.n();
                weightedMeans += g.n() * g.mean();
                ssWithin += g.sumOfSquares();
            }
        }
        if (j < 2) {
            return Result.notComputable(Reason.ONE_GROUP, "a comparison of groups needs at least 2 groups with data, got " + j);
        }
        if (n == j) {
            return Result.notComputable(Reason.GROUPS_OF_ONE, "every group has a single member: no within-group spread");
        }
        double grandMean = weightedMeans / n;
        double ssBetween = 0;
        for (Moments g : groups) {
            if (g.n() > 0) {
                ssBetween += g.n() * (g.mean() - grandMean) * (g.mean() - grandMean);
            }
        }
        if (!(ssWithin > 0)) {
            return Result.notComputable(Reason.ZERO_VARIANCE, "the values do not vary within groups");
        }
        long dfBetween = j - 1;
        long dfWithin = n - j;
        double msBetween = ssBetween / dfBetween;
        double msWithin = ssWithin / dfWithin;
        double f = msBetween / msWithin;
        return Result.of(new Anova(j, n, ssBetween, ssWithin, dfBetween, dfWithin, msBetween, msWithin, f,
                Distributions.fUpperP(f, dfBetween, dfWithin), ssBetween / (ssBetween + ssWithin)));
    }

    /** Moments of the non-missing values of each group, in two passes per group for accuracy. */
    static List<Moments> groupMoments(double[] values, Grouping groups) {
        if (values.length != groups.rows()) {
            throw new IllegalArgumentException(values.length + " values but " + groups.rows() + " group labels");
        }
        long[] n = new long[groups.count()];
        double[] sum = new double[groups.count()];
        for (int row = 0; row < values.length; row++) {
            int g = groups.label(row);
            if (g >= 0 && !Double.isNaN(values[row])) {
                n[g]++;
                sum[g] += values[row];
            }
        }
        double[] squares = new double[groups.count()];
        for (int row = 0; row < values.length; row++) {
            int g = groups.label(row);
            if (g >= 0 && !Double.isNaN(values[row])) {
                double d = values[row] - sum[g] / n[g];
                squares[g] += d * d;
            }
        }
        List<Moments> out = new ArrayList<>(groups.count());
        for (int g = 0; g < groups.count(); g++) {
            out.add(n[g] == 0 ? Moments.EMPTY : new Moments(n[g], sum[g] / n[g], squares[g]));
        }
        return out;
    }
}
