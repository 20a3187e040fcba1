package org.selving.stats;

/**
 * Within-group agreement rwg(j) against a uniform null (every option equally likely, variance
 * sigma^2 = (A^2 - 1)/12), as multilevel::rwg and multilevel::rwg.j compute it: with
 * r = (mean of the J item variances, n - 1) / sigma^2, rwg(j) = J (1 - r) / (J (1 - r) + r), set
 * to 0 when the mean variance exceeds sigma^2. With J = 1 this is the one-item rwg = 1 - s^2/sigma^2.
 *
 * @param n                respondents in the group who answered every item (multilevel drops the others)
 * @param items            J
 * @param meanItemVariance mean of the J within-group item variances
 * @param rwg              rwg(j), in [0, 1]
 */
public record Rwg(long n, int items, double meanItemVariance, double rwg) {

    /** rwg of one item within one group, over its non-missing answers. */
    public static Result<Rwg> of(double[] answersOfOneGroup, AnswerScale scale) {
        Moments m = Moments.of(answersOfOneGroup);
        return fromVariance(m.variance(), 1, m.n(), scale);
    }

    static Result<Rwg> fromVariance(double meanItemVariance, int items, long n, AnswerScale scale) {
        if (n == 0) {
            return Result.notComputable(Reason.NO_DATA, "nobody in the group answered every item");
        }
        if (n == 1) {
            return Result.notComputable(Reason.GROUPS_OF_ONE, "agreement needs at least 2 members, the group has 1");
        }
        double sigma2 = scale.uniformNullVariance();
        if (meanItemVariance > sigma2) {
            return Result.of(new Rwg(n, items, meanItemVariance, 0));
        }
        double r = meanItemVariance / sigma2;
        return Result.of(new Rwg(n, items, meanItemVariance, items * (1 - r) / (items * (1 - r) + r)));
    }
}
