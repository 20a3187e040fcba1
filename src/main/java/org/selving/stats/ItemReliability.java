package org.selving.stats;

/**
 * One item's part in its scale, as psych::alpha reports it.
 *
 * @param column            the item's column in the answer matrix
 * @param n                 respondents who answered it (in the rows the analysis used)
 * @param mean              mean answer after reverse keying
 * @param sd                SD of the answers (n - 1)
 * @param rawR              Pearson r of the item with the person scale score (psych raw.r)
 * @param stdR              item-total r from the correlation matrix, colSums(R)/sqrt(1'R1) (psych std.r)
 * @param rDrop             corrected item-total r: with the sum of the other items (psych r.drop)
 * @param alphaIfDeletedRaw raw alpha of the other items
 * @param alphaIfDeletedStd standardized alpha of the other items
 */
public record ItemReliability(int column, long n, double mean, Result<Double> sd, Result<Double> rawR, double stdR,
        Result<Double> rDrop, Result<Double> alphaIfDeletedRaw, Result<Double> alphaIfDeletedStd) {
}
