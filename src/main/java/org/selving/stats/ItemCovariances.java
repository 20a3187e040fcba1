package org.selving.stats;

/**
 * What reliability needs from the answers to a scale's k items, gathered in one pass: the item
 * covariance matrix, the pairwise correlation matrix, per-item descriptives and item-score
 * correlations. Matrices are k x k, row-major.
 *
 * @param columns              the items' columns, for messages
 * @param nForInference        n used by the Feldt CI and Duhachek ASE
 * @param pairN                rows behind each covariance (the diagonal: rows behind each variance)
 * @param covariance           C, each entry over the rows it is computed on (n - 1 denominator)
 * @param pairwiseCorrelation  Pearson r of each pair over the rows where both are present (cor(use = "pairwise"))
 * @param itemMean             item means (answer units, after reverse keying)
 * @param itemTotalR           r of each item with the person score, NaN where undefined
 * @param score                moments of the person score (answer units)
 */
record ItemCovariances(int[] columns, long nForInference, long[] pairN, double[] covariance,
        double[] pairwiseCorrelation, double[] itemMean, double[] itemTotalR, Moments score) {

    int k() {
        return columns.length;
    }
}
