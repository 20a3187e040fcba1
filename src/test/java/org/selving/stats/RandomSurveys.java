package org.selving.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Small random surveys for property tests: two dimensions (4 and 3 items on 1..5, one reversed
 * item each), a one-item outcome and an eNPS item, optional missing answers, units and segments.
 */
final class RandomSurveys {

    static final AnswerScale FIVE_POINT = new AnswerScale(1, 5, 4, 2);
    static final SurveyLayout LAYOUT = new SurveyLayout(
            List.of(FIVE_POINT, FIVE_POINT, FIVE_POINT, FIVE_POINT, FIVE_POINT, FIVE_POINT, FIVE_POINT, FIVE_POINT,
                    new AnswerScale(0, 10, 9, 6)),
            Set.of(1, 5), List.of(new ScaleDefinition("A", List.of(0, 1, 2, 3)),
                    new ScaleDefinition("B", List.of(4, 5, 6))),
            Optional.of(new ScaleDefinition("outcome", List.of(7))), OptionalInt.of(8));

    record Survey(AnswerMatrix answers, Grouping units, Grouping segments) {
        SurveyResult compute() {
            return SurveyStatistics.compute(answers, LAYOUT, units, segments);
        }
    }

    private RandomSurveys() {
    }

    /**
     * {@code rows} respondents in {@code units} units and 3 segments; {@code missing} is the share
     * of answers left out; {@code signal} how strongly items follow one latent trait (0 = noise).
     */
    static Survey generate(SplittableRandom random, int rows, int units, double missing, double signal) {
        double[][] answers = new double[rows][9];
        int[] unit = new int[rows];
        int[] segment = new int[rows];
        for (int r = 0; r < rows; r++) {
            unit[r] = random.nextInt(units);
            segment[r] = random.nextInt(4) - 1;
            double trait = signal * random.nextGaussian();
            for (int c = 0; c < 9; c++) {
                int max = c == 8 ? 10 : 5;
                int min = c == 8 ? 0 : 1;
                double centre = (min + max) / 2.0;
                int value = (int) Math.max(min, Math.min(max, Math.round(centre + trait + random.nextGaussian())));
                boolean reversed = LAYOUT.reversedColumns().contains(c);
                answers[r][c] = random.nextDouble() < missing ? Double.NaN : reversed ? min + max - value : value;
            }
        }
        return new Survey(AnswerMatrix.of(answers, 9), Grouping.of(unit, units), Grouping.of(segment, 3));
    }

    /** The values in a random order (Fisher-Yates). */
    static List<Integer> shuffled(SplittableRandom random, List<Integer> values) {
        List<Integer> out = new ArrayList<>(values);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
