package org.selving.stats;

import java.util.List;

/**
 * Cronbach's alpha of a scale with everything psych::alpha prints beside it.
 *
 * @param n               cases behind the confidence intervals: complete cases (listwise) or, as
 *                        psych does by default, every row passed (pairwise)
 * @param k               items in the scale
 * @param raw             k/(k-1) (1 - tr(C)/1'C1)
 * @param standardized    k/(k-1) (1 - k/1'R1)
 * @param g6Smc           Guttman's lambda 6 from squared multiple correlations
 * @param averageR        mean inter-item correlation
 * @param feldtCi95       Feldt's F-based interval (psych alpha.ci)
 * @param duhachekAse     Duhachek and Iacobucci's asymptotic standard error
 * @param duhachekCi95    raw alpha +/- 1.96 ASE, as psych prints it
 * @param scoreMean       mean over persons of the person score (mean of the answered items)
 * @param scoreSd         SD of the person scores
 * @param meanOfItemMeans mean of the item means
 * @param items           one entry per item, in scale order
 */
public record Alpha(long n, int k, double raw, double standardized, Result<Double> g6Smc, double averageR,
        Result<Interval> feldtCi95, Result<Double> duhachekAse, Result<Interval> duhachekCi95, double scoreMean,
        Result<Double> scoreSd, double meanOfItemMeans, List<ItemReliability> items) {

    public Alpha {
        items = List.copyOf(items);
    }
}
