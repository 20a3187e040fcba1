package org.selving.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-pass sums behind the drivers: for each dimension a joint frequency table of its person
 * score and the outcome score (Pearson and Spearman follow exactly, over the respondents who have
 * both), and the cross-products of all dimension scores and the outcome over the respondents who
 * have every score (the rows a regression can use, for the relative weights).
 */
final class DriverAccumulator {

    private final ScoreCodes[] dimensionCodes;
    private final ScoreCodes outcomeCodes;
    private final int dimensions;
    private final int[][] joint;
    private final double[] centre;
    private final double[] centred;
    private long completeN;
    private final double[] sums;
    private final double[] crossProducts;

    /** {@code codes} holds the dimensions' score codes followed by the outcome's. */
    DriverAccumulator(ScoreCodes[] codes, List<AnswerScale> scales) {
        dimensions = codes.length - 1;
        outcomeCodes = codes[dimensions];
        dimensionCodes = new ScoreCodes[dimensions];
        System.arraycopy(codes, 0, dimensionCodes, 0, dimensions);
        joint = new int[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            joint[d] = new int[Math.multiplyExact(codes[d].size(), outcomeCodes.size())];
        }
        // Sums are taken around each scale's midpoint, which keeps the cross-products small.
        centre = new double[dimensions + 1];
        for (int s = 0; s <= dimensions; s++) {
            centre[s] = (scales.get(s).min() + scales.get(s).max()) / 2.0;
        }
        centred = new double[dimensions + 1];
        sums = new double[dimensions + 1];
        crossProducts = new double[(dimensions + 1) * (dimensions + 1)];
    }

    /** Adds one respondent's score codes (dimensions, then outcome; -1 = no score). */
    void add(int[] scoreCodes) {
        int outcome = scoreCodes[dimensions];
        if (outcome < 0) {
            return;
        }
        boolean all = true;
        for (int d = 0; d < dimensions; d++) {
            int code = scoreCodes[d];
            if (code >= 0) {
                joint[d][code * outcomeCodes.size() + outcome]++;
            } else {
                all = false;
            }
        }
        if (!all) {
            return;
        }
        completeN++;
        int size = dimensions + 1;
        for (int s = 0; s < size; s++) {
            ScoreCodes codes = s == dimensions ? outcomeCodes : dimensionCodes[s];
            centred[s] = codes.values()[scoreCodes[s]] - centre[s];
            sums[s] += centred[s];
        }
        for (int a = 0; a < size; a++) {
            double va = centred[a];
            int row = a * size;
            for (int b = a; b < size; b++) {
                crossProducts[row + b] += va * centred[b];
            }
        }
    }

    Result<Correlation> pearson(int dimension) {
        return correlation(dimension, dimensionCodes[dimension].values(), outcomeCodes.values());
    }

    /** Spearman's rho: Pearson r of the mid-ranks, which follow from the table's margins. */
    Result<Correlation> spearman(int dimension) {
        ScoreCodes x = dimensionCodes[dimension];
        int[] table = joint[dimension];
        int columns = outcomeCodes.size();
        long[] xCounts = new long[x.size()];
        long[] yCounts = new long[columns];
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < columns; j++) {
                xCounts[i] += table[i * columns + j];
                yCounts[j] += table[i * columns + j];
            }
        }
        return correlation(dimension, midRanks(x, xCounts), midRanks(outcomeCodes, yCounts));
    }

    /** The mid-rank of each code's score among the counted scores, ties sharing the mean rank. */
    private static double[] midRanks(ScoreCodes codes, long[] counts) {
        long[] perDistinct = new long[codes.distinctValues()];
        for (int code = 0; code < codes.size(); code++) {
            perDistinct[codes.distinctRank(code)] += counts[code];
        }
        double[] distinctMidRank = new double[perDistinct.length];
        long below = 0;
        for (int v = 0; v < perDistinct.length; v++) {
            distinctMidRank[v] = below + (perDistinct[v] + 1) / 2.0;
            below += perDistinct[v];
        }
        double[] ranks = new double[codes.size()];
        for (int code = 0; code < codes.size(); code++) {
            ranks[code] = distinctMidRank[codes.distinctRank(code)];
        }
        return ranks;
    }

    /** Pearson r of x and y weighted by the joint counts, in two passes for accuracy. */
    private Result<Correlation> correlation(int dimension, double[] x, double[] y) {
        int[] table = joint[dimension];
        int columns = y.length;
        long n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < columns; j++) {
                int count = table[i * columns + j];
                n += count;
                sumX += count * x[i];
                sumY += count * y[j];
            }
        }
        if (n == 0) {
            return Result.notComputable(Reason.NO_DATA, "nobody has both the dimension and the outcome score");
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < columns; j++) {
                int count = table[i * columns + j];
                if (count > 0) {
                    double dx = x[i] - meanX;
                    double dy = y[j] - meanY;
                    sxx += count * dx * dx;
                    syy += count * dy * dy;
                    sxy += count * dx * dy;
                }
            }
        }
        return Correlation.fromCentredSums(n, sxx, syy, sxy);
    }

    Result<RelativeWeights> relativeWeights() {
        int size = dimensions + 1;
        double[] centredCrossProducts = new double[size * size];
        for (int a = 0; a < size; a++) {
            for (int b = a; b < size; b++) {
                double c = completeN == 0 ? 0 : crossProducts[a * size + b] - sums[a] * sums[b] / completeN;
                // A constant score leaves rounding noise on the diagonal: that is no variance.
                if (a == b && c <= 1e-12 * crossProducts[a * size + a]) {
                    c = 0;
                }
                centredCrossProducts[a * size + b] = c;
                centredCrossProducts[b * size + a] = c;
            }
        }
        return RelativeWeights.fromCentredCrossProducts(centredCrossProducts, dimensions, completeN);
    }

    Drivers drivers(String outcomeKey) {
        List<Result<Correlation>> pearson = new ArrayList<>(dimensions);
        List<Result<Correlation>> spearman = new ArrayList<>(dimensions);
        for (int d = 0; d < dimensions; d++) {
            pearson.add(pearson(d));
            spearman.add(spearman(d));
        }
        return new Drivers(outcomeKey, pearson, spearman, relativeWeights());
    }
}
