package org.selving.stats;

/**
 * Intraclass correlations of a score across groups, from the one-way ANOVA, as psych::statsBy
 * and multilevel::ICC1/ICC2 compute them.
 *
 * @param icc1           (MSB - MSW) / (MSB + (k - 1) MSW) with k = N/J, the mean group size
 * @param icc1Ci95       statsBy's interval: F bounds FL = F/qf(.975, J-1, N-J), FU = F qf(.975, N-J, J-1),
 *                       then (F - 1)/(F + k - 1) at each
 * @param icc2           (MSB - MSW) / MSB: reliability of the group means
 * @param icc2Ci95       1 - 1/FL, 1 - 1/FU
 * @param icc1N0Adjusted ICC1 with the classical unbalanced-ANOVA size n0 = (N - sum n_j^2 / N)/(J - 1) for k
 */
public record Icc(double icc1, Interval icc1Ci95, double icc2, Interval icc2Ci95, double icc1N0Adjusted,
        double meanGroupSize, double n0, int groups, long n) {
}
