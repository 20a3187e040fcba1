package org.selving.stats;

/**
 * Everything about one scale (dimension or outcome): person-score descriptives, pooled answer
 * distribution, reliability with pairwise (psych's default) and listwise missing-data handling,
 * and its spread across units and segments.
 */
public record ScaleSummary(String key, Result<Descriptives> score, Result<AnswerDistribution> answers,
        ScaleReliability pairwise, ScaleReliability listwise, UnitComparison units, SegmentComparison segments) {
}
