package org.selving.stats;

import java.util.List;

/**
 * McDonald's omega total from a one-factor minres fit of the correlation matrix, as
 * psych::omega(x, nfactors = 1) computes it.
 *
 * @param omegaTotal      (1'R1 - sum(u2)) / 1'R1, psych's omega.tot
 * @param omegaTotalModel (sum lambda)^2 / ((sum lambda)^2 + sum(u2)), the usual CFA-style formula
 * @param loadings        minres loadings, oriented so that they sum to a positive number
 * @param uniquenesses    u2 = 1 - loading^2
 */
public record OmegaTotal(double omegaTotal, double omegaTotalModel, List<Double> loadings, List<Double> uniquenesses) {

    public OmegaTotal {
        loadings = List.copyOf(loadings);
        uniquenesses = List.copyOf(uniquenesses);
    }
}
