package org.selving.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Adjusted p-values for a family of tests, as R's p.adjust gives them. */
public final class MultipleComparisons {

    private MultipleComparisons() {
    }

    /** Holm's step-down adjustment: controls the familywise error rate without assumptions. */
    public static double[] holm(double[] p) {
        int m = p.length;
        int[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /**
     * {@link #holm(double[])} over a family of comparisons, some of which could not be computed: the
     * family is those that could; the others keep the reason they could not.
     */
    public static List<Result<Double>> holm(List<Result<MeanComparison>> tests) {
        double[] p = tests.stream().filter(Result::isComputed).mapToDouble(t -> t.value().p()).toArray();
        double[] adjusted = holm(p);
        List<Result<Double>> out = new ArrayList<>();
        int computed = 0;
        for (Result<MeanComparison> test : tests) {
            out.add(test.isComputed() ? Result.of(adjusted[computed++]) : test.map(MeanComparison::p));
        }
        return out;
    }

    /** Benjamini-Hochberg step-up adjustment: controls the false discovery rate. */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        int[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, (double) m / (i + 1) * p[order[i]]);
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    private static int[] ascending(double[] p) {
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("not a p-value: " + v);
            }
        }
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
