package org.selving.stats;

import java.util.Arrays;

/**
 * The one-pass sums behind a scale's reliability. Respondents who answered every item (nearly
 * all of them) go to exact integer sums of keyed offsets and their cross-products; the few with
 * gaps go to per-pair sums, so that both psych's pairwise covariances (complete + partial rows
 * that have the pair) and the listwise ones (complete rows only) follow at the end without a
 * second pass.
 */
final class ScaleAccumulator {

    private final int[] columns;
    private final int k;
    private final AnswerScale scale;
    private final ScoreCodes codes;
    private final int[] present;

    // Respondents who answered all k items: exact sums of offsets o_i and of o_i o_j (i <= j).
    // Their person score is min + t/k with t = sum of o_i, so sum of t, of t^2 and of o_i t
    // follow from these without being counted.
    private long completeN;
    private final long[] sum;
    private final long[] cross;

    // Respondents with gaps, per pair (i, j) with i <= j, over the rows that answered both:
    // n, sum o_i, sum o_j, sum o_i^2, sum o_j^2, sum o_i o_j, side by side for locality.
    private static final int PAIR_FIELDS = 6;
    private final long[] partialPairs;
    // ... and per item, over the rows that answered it, with the person score s = t/m:
    // sum s, sum s^2, sum o_i s.
    private static final int SCORE_FIELDS = 3;
    private final double[] partialScores;

    private final int[] scoreCounts;

    ScaleAccumulator(int[] columns, AnswerScale scale) {
        this.columns = columns.clone();
        this.k = columns.length;
        this.scale = scale;
        this.codes = new ScoreCodes(k, scale);
        present = new int[k];
        sum = new long[k];
        cross = new long[k * k];
        partialPairs = new long[k * k * PAIR_FIELDS];
        partialScores = new double[k * SCORE_FIELDS];
        scoreCounts = new int[codes.size()];
    }

    ScoreCodes codes() {
        return codes;
    }

    /** Adds one respondent's keyed offsets (-1 = missing); returns the score code, -1 if no item was answered. */
    int add(int[] rowOffsets) {
        int m = 0;
        int t = 0;
        for (int i = 0; i < k; i++) {
            int o = rowOffsets[columns[i]];
            present[i] = o;
            if (o >= 0) {
                m++;
                t += o;
            }
        }
        if (m == 0) {
            return -1;
        }
        int code = codes.code(m, t);
        scoreCounts[code]++;
        if (m == k) {
            completeN++;
            for (int i = 0; i < k; i++) {
                int oi = present[i];
                sum[i] += oi;
                int row = i * k;
                for (int j = i; j < k; j++) {
                    cross[row + j] += oi * present[j];
                }
            }
        } else {
            addPartial(t / (double) m);
        }
        return code;
    }

    private void addPartial(double score) {
        for (int i = 0; i < k; i++) {
            int oi = present[i];
            if (oi < 0) {
                continue;
            }
            int q = i * SCORE_FIELDS;
            partialScores[q] += score;
            partialScores[q + 1] += score * score;
            partialScores[q + 2] += oi * score;
            for (int j = i; j < k; j++) {
                int oj = present[j];
                if (oj >= 0) {
                    int p = (i * k + j) * PAIR_FIELDS;
                    partialPairs[p]++;
                    partialPairs[p + 1] += oi;
                    partialPairs[p + 2] += oj;
                    partialPairs[p + 3] += oi * oi;
                    partialPairs[p + 4] += oj * oj;
                    partialPairs[p + 5] += oi * oj;
                }
            }
        }
    }

    /**
     * The covariances for reliability. {@code rowsPassed} is every row the scale saw, which is
     * psych's n for the intervals in pairwise mode.
     */
    ItemCovariances covariances(MissingAnswers missing, long rowsPassed) {
        boolean pairwise = missing == MissingAnswers.PAIRWISE;
        long[] n = new long[k * k];
        double[] covariance = new double[k * k];
        double[] correlation = new double[k * k];
        double[] itemMean = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                int p = i * k + j;
                long count = completeN + partial(pairwise, p, 0);
                double si = sum[i] + partial(pairwise, p, 1);
                double sj = sum[j] + partial(pairwise, p, 2);
                double sii = cross[i * k + i] + partial(pairwise, p, 3);
                double sjj = cross[j * k + j] + partial(pairwise, p, 4);
                double sij = cross[p] + partial(pairwise, p, 5);
                double centredCross = sij - si * sj / count;
                double cov = count < 2 ? Double.NaN : centredCross / (count - 1);
                double r = centredCross / Math.sqrt((sii - si * si / count) * (sjj - sj * sj / count));
                n[p] = n[j * k + i] = count;
                covariance[p] = covariance[j * k + i] = cov;
                correlation[p] = correlation[j * k + i] = i == j ? 1 : r;
                if (i == j) {
                    itemMean[i] = scale.min() + si / count;
                }
            }
        }
        // Complete rows: sum of o_i t = sum over j of sum o_i o_j; sum of t and of t^2 add those up.
        long sumT = 0;
        long sumT2 = 0;
        long[] itemTimesT = new long[k];
        for (int i = 0; i < k; i++) {
            sumT += sum[i];
            for (int j = 0; j < k; j++) {
                itemTimesT[i] += cross[Math.min(i, j) * k + Math.max(i, j)];
            }
            sumT2 += itemTimesT[i];
        }
        double[] itemTotalR = new double[k];
        for (int i = 0; i < k; i++) {
            int p = i * k + i;
            double count = n[p];
            double sv = sum[i] + partial(pairwise, p, 1);
            double svv = cross[p] + partial(pairwise, p, 3);
            int q = i * SCORE_FIELDS;
            double ss = (double) sumT / k + (pairwise ? partialScores[q] : 0);
            double sss = (double) sumT2 / ((double) k * k) + (pairwise ? partialScores[q + 1] : 0);
            double svs = (double) itemTimesT[i] / k + (pairwise ? partialScores[q + 2] : 0);
            itemTotalR[i] = (svs - sv * ss / count) / Math.sqrt((svv - sv * sv / count) * (sss - ss * ss / count));
        }
        Moments score = pairwise ? Moments.ofCounts(scoreCounts, 0, scoreCounts.length, codes.values()) : completeScore();
        return new ItemCovariances(columns.clone(), pairwise ? rowsPassed : completeN, n, covariance, correlation,
                itemMean, itemTotalR, score);
    }

    /** A partial-row pair sum, counted only for pairwise covariances. */
    private long partial(boolean pairwise, int pair, int field) {
        return pairwise ? partialPairs[pair * PAIR_FIELDS + field] : 0;
    }

    /** Moments of the person scores of the complete rows: the last block of the score table. */
    private Moments completeScore() {
        int first = codes.firstCompleteCode();
        double[] values = Arrays.copyOfRange(codes.values(), first, codes.size());
        return Moments.ofCounts(scoreCounts, first, values.length, values);
    }
}
