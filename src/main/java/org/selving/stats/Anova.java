package org.selving.stats;

/**
 * One-way ANOVA of a score across groups (R's aov(score ~ factor(group))).
 *
 * @param groups     groups with at least one value (J)
 * @param n          values in those groups (N)
 * @param etaSquared SS between / SS total
 */
public record Anova(int groups, long n, double ssBetween, double ssWithin, long dfBetween, long dfWithin,
        double msBetween, double msWithin, double f, double p, double etaSquared) {
}
