package org.selving.stats;

import java.util.List;

/**
 * What drives the outcome: each dimension's correlation with the outcome score (over the
 * respondents who have both), and the relative weights of all dimensions together (over the
 * respondents who have every score). Lists follow the layout's dimension order.
 */
public record Drivers(String outcomeKey, List<Result<Correlation>> pearson, List<Result<Correlation>> spearman,
        Result<RelativeWeights> relativeWeights) {

    public Drivers {
        pearson = List.copyOf(pearson);
        spearman = List.copyOf(spearman);
    }
}
