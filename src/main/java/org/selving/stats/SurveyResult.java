package org.selving.stats;

import java.util.List;

/**
 * Every statistic of a survey, computed in one pass over the answers.
 *
 * @param respondents  rows of the answer matrix
 * @param items        one per column, in column order
 * @param dimensions   in layout order
 * @param outcome      the outcome scale, not computable (NOT_CONFIGURED) if the layout has none
 * @param overallIndex mean of the dimensions' 0-100 indices (dimensions nobody answered left out)
 * @param drivers      correlations and relative weights of the dimensions for the outcome
 * @param enps         eNPS of the layout's recommendation item
 */
public record SurveyResult(long respondents, List<ItemSummary> items, List<ScaleSummary> dimensions,
        Result<ScaleSummary> outcome, Result<Double> overallIndex, Result<Drivers> drivers, Result<EnpsSummary> enps) {

    public SurveyResult {
        items = List.copyOf(items);
        dimensions = List.copyOf(dimensions);
    }
}
