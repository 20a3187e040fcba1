package org.selving.stats;

import java.util.stream.IntStream;

/**
 * Every value a person score can take, numbered. A score is the mean of the m answered items
 * (1 <= m <= k): with t the sum of their keyed offsets it is min + t/m, so the pair (m, t) names
 * it exactly and the engine counts scores in a small frequency table instead of storing a double
 * per person. Means, SDs, medians and ranks (Spearman) all follow exactly from the table.
 */
final class ScoreCodes {

    private final int items;
    /** first code of the scores of persons who answered m items, at index m. */
    private final int[] firstCode;
    private final double[] values;
    private final int[] ascending;
    private final int[] distinctRank;
    private final int distinctValues;

    ScoreCodes(int items, AnswerScale scale) {
        this.items = items;
        int span = scale.options() - 1;
        firstCode = new int[items + 2];
        for (int m = 1; m <= items; m++) {
            firstCode[m + 1] = firstCode[m] + m * span + 1;
        }
        int size = firstCode[items + 1];
        values = new double[size];
        for (int m = 1; m <= items; m++) {
            for (int t = 0; t <= m * span; t++) {
                values[firstCode[m] + t] = scale.min() + (double) t / m;
            }
        }
        // Sorted by exact rational value t/m (compare t1*m2 with t2*m1), so equal scores such as
        // 2/1 and 4/2 get one rank and no rounding decides an order.
        int[][] rational = new int[size][];
        for (int m = 1; m <= items; m++) {
            for (int t = 0; t <= m * span; t++) {
                rational[firstCode[m] + t] = new int[] {t, m};
            }
        }
        ascending = IntStream.range(0, size).boxed()
                .sorted((a, b) -> Long.compare((long) rational[a][0] * rational[b][1], (long) rational[b][0] * rational[a][1]))
                .mapToInt(Integer::intValue).toArray();
        distinctRank = new int[size];
        int rank = -1;
        for (int i = 0; i < size; i++) {
            int code = ascending[i];
            if (i == 0 || (long) rational[code][0] * rational[ascending[i - 1]][1]
                    != (long) rational[ascending[i - 1]][0] * rational[code][1]) {
                rank++;
            }
            distinctRank[code] = rank;
        }
        distinctValues = rank + 1;
    }

    int code(int answered, int sumOfOffsets) {
        return firstCode[answered] + sumOfOffsets;
    }

    /** Codes from this one on belong to persons who answered every item. */
    int firstCompleteCode() {
        return firstCode[items];
    }

    int size() {
        return values.length;
    }

    /** The score of each code, in answer units. */
    double[] values() {
        return values;
    }

    /** Codes by ascending score. */
    int[] ascending() {
        return ascending;
    }

    /** The position of the code's score among the distinct scores (equal scores share one). */
    int distinctRank(int code) {
        return distinctRank[code];
    }

    int distinctValues() {
        return distinctValues;
    }
}
