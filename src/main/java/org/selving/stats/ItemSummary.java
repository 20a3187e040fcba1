package org.selving.stats;

/** One item over all respondents, after reverse keying. */
public record ItemSummary(int column, Result<Descriptives> descriptives, Result<AnswerDistribution> answers) {
}
