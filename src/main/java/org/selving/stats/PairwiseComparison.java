package org.selving.stats;

/**
 * Welch's t-test between two segments, with its p-value adjusted over all segment pairs of the
 * same scale (Holm for the familywise error, Benjamini-Hochberg for the false discovery rate).
 */
public record PairwiseComparison(int groupA, int groupB, Result<MeanComparison> test, Result<Double> holmP,
        Result<Double> benjaminiHochbergP) {
}
