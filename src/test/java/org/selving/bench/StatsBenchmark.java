package org.selving.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.selving.stats.AnswerMatrix;
import org.selving.stats.AnswerScale;
import org.selving.stats.Grouping;
import org.selving.stats.ScaleDefinition;
import org.selving.stats.SurveyLayout;
import org.selving.stats.SurveyResult;
import org.selving.stats.SurveyStatistics;

/**
 * Times the whole statistics engine ({@link SurveyStatistics#compute}: item and scale
 * descriptives, pairwise and listwise alpha, omega, units with ANOVA, ICCs and rwg(j), segments
 * with pairwise Welch tests, drivers, eNPS) on a realistic generated survey of 100,000 and
 * 1,000,000 respondents, after a warm-up, and prints the peak heap.
 */
final class StatsBenchmark {

    static final int DIMENSIONS = 10;
    static final int ITEMS_PER_DIMENSION = 4;
    static final int ENPS_COLUMN = DIMENSIONS * ITEMS_PER_DIMENSION;
    static final int OUTCOME_COLUMN = ENPS_COLUMN + 1;
    static final int COLUMNS = OUTCOME_COLUMN + 1;
    static final int UNITS = 150;
    static final int SEGMENTS = 4;
    private static final AnswerScale FIVE_POINT = new AnswerScale(1, 5, 4, 2);
    private static final AnswerScale ZERO_TO_TEN = new AnswerScale(0, 10, 9, 6);

    private StatsBenchmark() {
    }

    static void run() {
        System.out.println("stats: whole engine on " + COLUMNS + " items (" + DIMENSIONS + " dimensions of "
                + ITEMS_PER_DIMENSION + ", eNPS, outcome), " + UNITS + " units, " + SEGMENTS + " segments");
        SurveyLayout layout = layout();
        Survey warmUp = generate(100_000, 1);
        for (int i = 0; i < 15; i++) {
            SurveyStatistics.compute(warmUp.answers, layout, warmUp.units, warmUp.segments);
        }
        warmUp = null;
        for (int respondents : new int[] {100_000, 1_000_000}) {
            Survey survey = generate(respondents, 2);
            System.gc();
            HeapPeak.reset();
            int repetitions = respondents >= 1_000_000 ? 5 : 10;
            double[] seconds = new double[repetitions];
            SurveyResult result = null;
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                result = SurveyStatistics.compute(survey.answers, layout, survey.units, survey.segments);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            System.out.printf(Locale.ROOT,
                    "stats: %,9d respondents: median %.3f s, best %.3f s over %d runs; peak heap %d MiB"
                            + " (answers %d MiB); alpha of dimension 1 = %.4f%n",
                    respondents, seconds[repetitions / 2], seconds[0], repetitions, HeapPeak.mebibytes(),
                    (long) respondents * COLUMNS * Float.BYTES >> 20,
                    result.dimensions().get(0).pairwise().alpha().value().raw());
        }
    }

    static SurveyLayout layout() {
        List<AnswerScale> scales = new ArrayList<>();
        List<ScaleDefinition> dimensions = new ArrayList<>();
        Set<Integer> reversed = new HashSet<>();
        for (int d = 0; d < DIMENSIONS; d++) {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_DIMENSION; i++) {
                columns.add(scales.size());
                scales.add(FIVE_POINT);
            }
            dimensions.add(new ScaleDefinition("D" + (d + 1), columns));
            if (d % 3 == 0) {
                reversed.add(columns.get(1));
            }
        }
        scales.add(ZERO_TO_TEN);
        scales.add(FIVE_POINT);
        return new SurveyLayout(scales, reversed, dimensions,
                Optional.of(new ScaleDefinition("outcome", List.of(OUTCOME_COLUMN))), OptionalInt.of(ENPS_COLUMN));
    }

    record Survey(AnswerMatrix answers, Grouping units, Grouping segments) {
    }

    /**
     * A survey from a simple latent model: unit climate plus person level, ten correlated
     * dimensions, items rounded onto 1..5 (reverse-keyed items stored as answered), 3% of answers
     * missing at random and 1% of respondents skipping a whole dimension; unit sizes skewed.
     */
    static Survey generate(int respondents, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] unitClimate = new double[UNITS];
        double[] unitWeight = new double[UNITS];
        double totalWeight = 0;
        for (int u = 0; u < UNITS; u++) {
            unitClimate[u] = 0.4 * random.nextGaussian();
            unitWeight[u] = 1.0 / (1 + u % 37);
            totalWeight += unitWeight[u];
        }
        float[] values = new float[Math.multiplyExact(respondents, COLUMNS)];
        int[] unit = new int[respondents];
        int[] segment = new int[respondents];
        double[] dimension = new double[DIMENSIONS];
        SurveyLayout layout = layout();
        for (int r = 0; r < respondents; r++) {
            double pick = random.nextDouble() * totalWeight;
            int u = 0;
            while (u < UNITS - 1 && (pick -= unitWeight[u]) > 0) {
                u++;
            }
            unit[r] = u;
            double roll = random.nextDouble();
            segment[r] = roll < 0.03 ? -1 : roll < 0.75 ? 0 : roll < 0.92 ? 1 : roll < 0.98 ? 2 : 3;
            double general = unitClimate[u] + random.nextGaussian();
            for (int d = 0; d < DIMENSIONS; d++) {
                dimension[d] = 0.7 * general + 0.7 * random.nextGaussian();
            }
            int skipped = random.nextDouble() < 0.01 ? random.nextInt(DIMENSIONS) : -1;
            int base = r * COLUMNS;
            for (int c = 0; c < ENPS_COLUMN; c++) {
                int d = c / ITEMS_PER_DIMENSION;
                int answer = clamp((int) Math.round(3.3 + 0.8 * dimension[d] + 0.8 * random.nextGaussian()), 1, 5);
                boolean missing = d == skipped || random.nextDouble() < 0.03;
                values[base + c] = missing ? Float.NaN
                        : layout.reversedColumns().contains(c) ? 6 - answer : answer;
            }
            values[base + ENPS_COLUMN] = random.nextDouble() < 0.03 ? Float.NaN
                    : clamp((int) Math.round(7 + 1.5 * general + 1.5 * random.nextGaussian()), 0, 10);
            double drive = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                drive += (d + 1) * dimension[d] / 55.0;
            }
            values[base + OUTCOME_COLUMN] = random.nextDouble() < 0.03 ? Float.NaN
                    : clamp((int) Math.round(3.2 + 0.9 * drive + 0.8 * random.nextGaussian()), 1, 5);
        }
        return new Survey(AnswerMatrix.wrap(values, respondents, COLUMNS), Grouping.of(unit, UNITS),
                Grouping.of(segment, SEGMENTS));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
