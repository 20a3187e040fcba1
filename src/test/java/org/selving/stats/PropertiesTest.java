package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any data, checked on many random surveys. */
class PropertiesTest {

    private static final int TRIALS = 40;

    @Test
    void alphaAndOmegaDoNotDependOnItemOrder() {
        SplittableRandom random = new SplittableRandom(1);
        int[] columns = {0, 1, 2, 3};
        boolean[] reversed = {false, true, false, false};
        for (int trial = 0; trial < TRIALS; trial++) {
            RandomSurveys.Survey survey = RandomSurveys.generate(random, 30 + random.nextInt(200), 5, 0.1, 1);
            List<Integer> order = RandomSurveys.shuffled(random, List.of(0, 1, 2, 3));
            int[] permutedColumns = order.stream().mapToInt(i -> columns[i]).toArray();
            boolean[] permutedReversed = new boolean[4];
            for (int i = 0; i < 4; i++) {
                permutedReversed[i] = reversed[order.get(i)];
            }
            for (MissingAnswers missing : MissingAnswers.values()) {
                ScaleReliability original = Reliability.of(survey.answers(), columns, reversed, RandomSurveys.FIVE_POINT,
                        missing);
                ScaleReliability permuted = Reliability.of(survey.answers(), permutedColumns, permutedReversed,
                        RandomSurveys.FIVE_POINT, missing);
                Alpha a = original.alpha().value();
                Alpha b = permuted.alpha().value();
                assertEquals(a.raw(), b.raw(), 1e-12);
                assertEquals(a.standardized(), b.standardized(), 1e-12);
                assertEquals(a.g6Smc().value(), b.g6Smc().value(), 1e-10);
                assertEquals(a.duhachekAse().value(), b.duhachekAse().value(), 1e-12);
                assertEquals(a.feldtCi95().value().lower(), b.feldtCi95().value().lower(), 1e-12);
                for (int i = 0; i < 4; i++) {
                    ItemReliability moved = b.items().get(i);
                    ItemReliability same = a.items().get(order.get(i));
                    assertEquals(same.column(), moved.column());
                    assertEquals(same.rDrop().value(), moved.rDrop().value(), 1e-12);
                    assertEquals(same.alphaIfDeletedRaw().value(), moved.alphaIfDeletedRaw().value(), 1e-12);
                }
                assertEquals(original.omega().value().omegaTotal(), permuted.omega().value().omegaTotal(), 1e-9);
            }
        }
    }

    @Test
    void reversingTwiceChangesNothing() {
        SplittableRandom random = new SplittableRandom(2);
        for (int trial = 0; trial < TRIALS; trial++) {
            AnswerMatrix answers = RandomSurveys.generate(random, 1 + random.nextInt(50), 3, 0.2, 1).answers();
            int[] columns = {0, 2, 5};
            AnswerMatrix twice = answers.reverseKeyed(columns, RandomSurveys.FIVE_POINT)
                    .reverseKeyed(columns, RandomSurveys.FIVE_POINT);
            for (int r = 0; r < answers.rows(); r++) {
                for (int c = 0; c < answers.cols(); c++) {
                    assertEquals(answers.get(r, c), twice.get(r, c), 0, "row " + r + ", column " + c);
                }
            }
        }
    }

    /** Keying in the layout, or reversing the answers first and keying nothing, gives identical results. */
    @Test
    void keyingInTheLayoutEqualsReversingTheAnswersFirst() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 10; trial++) {
            RandomSurveys.Survey survey = RandomSurveys.generate(random, 20 + random.nextInt(300), 6, 0.1, 1);
            AnswerMatrix reversedFirst = survey.answers().reverseKeyed(new int[] {1, 5}, RandomSurveys.FIVE_POINT);
            SurveyLayout unkeyed = new SurveyLayout(RandomSurveys.LAYOUT.columnScales(), java.util.Set.of(),
                    RandomSurveys.LAYOUT.dimensions(), RandomSurveys.LAYOUT.outcome(), RandomSurveys.LAYOUT.enpsColumn());
            assertEquals(survey.compute(),
                    SurveyStatistics.compute(reversedFirst, unkeyed, survey.units(), survey.segments()));
        }
    }

    @Test
    void iccAndRwgStayInTheirRanges() {
        SplittableRandom random = new SplittableRandom(4);
        int iccs = 0;
        int rwgs = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int units = 2 + random.nextInt(20);
            RandomSurveys.Survey survey = RandomSurveys.generate(random, units + random.nextInt(200), units,
                    random.nextDouble() * 0.3, random.nextDouble() * 2);
            SurveyResult result = survey.compute();
            List<ScaleSummary> scales = new ArrayList<>(result.dimensions());
            scales.add(result.outcome().value());
            for (ScaleSummary scale : scales) {
                if (scale.units().icc().isComputed()) {
                    Icc icc = scale.units().icc().value();
                    iccs++;
                    assertTrue(icc.icc1() >= -1 / (icc.meanGroupSize() - 1) - 1e-12 && icc.icc1() <= 1, "ICC1 " + icc);
                    assertTrue(icc.icc2() <= 1, "ICC2 " + icc);
                    assertTrue(icc.icc1Ci95().lower() <= icc.icc1() && icc.icc1() <= icc.icc1Ci95().upper(), "ICC1 CI");
                    assertTrue(icc.icc2Ci95().lower() <= icc.icc2() && icc.icc2() <= icc.icc2Ci95().upper(), "ICC2 CI");
                }
                for (GroupSummary unit : scale.units().units()) {
                    if (unit.agreement().isComputed()) {
                        rwgs++;
                        double rwg = unit.agreement().value().rwg();
                        assertTrue(rwg >= 0 && rwg <= 1, "rwg " + rwg);
                    }
                }
            }
        }
        assertTrue(iccs > TRIALS && rwgs > 10 * TRIALS, "the ranges were exercised: " + iccs + " ICCs, " + rwgs + " rwgs");
    }

    /** Whatever the data, a result holds finite numbers or says why it has none, and nothing throws. */
    @Test
    void everyNumberIsFiniteOrNotComputableWithAReason() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 4 * TRIALS; trial++) {
            int rows = random.nextInt(12);
            int units = 1 + random.nextInt(4);
            double missing = random.nextDouble() < 0.3 ? 0.9 : random.nextDouble() * 0.4;
            double signal = random.nextDouble() < 0.2 ? 0 : random.nextDouble() * 3;
            FiniteNumbers.assertAllFinite(RandomSurveys.generate(random, rows, units, missing, signal).compute());
        }
    }

    @Test
    void withoutMissingAnswersPairwiseAndListwiseAgree() {
        SplittableRandom random = new SplittableRandom(6);
        for (int trial = 0; trial < TRIALS; trial++) {
            SurveyResult result = RandomSurveys.generate(random, 10 + random.nextInt(100), 3, 0, 1).compute();
            for (ScaleSummary scale : result.dimensions()) {
                assertEquals(scale.pairwise(), scale.listwise());
            }
        }
    }

    @Test
    void sharesAddUpAndTheirIntervalsHoldThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < TRIALS; trial++) {
            SurveyResult result = RandomSurveys.generate(random, 5 + random.nextInt(100), 3, 0.1, 1).compute();
            for (ItemSummary item : result.items()) {
                AnswerDistribution d = item.answers().value();
                assertEquals(1, d.favorable().proportion() + d.neutral().proportion() + d.unfavorable().proportion(),
                        1e-12);
                assertEquals(d.answers(), d.counts().stream().mapToLong(Long::longValue).sum());
                for (Share s : List.of(d.favorable(), d.neutral(), d.unfavorable())) {
                    assertTrue(0 <= s.ci95().lower() && s.ci95().lower() <= s.proportion()
                            && s.proportion() <= s.ci95().upper() && s.ci95().upper() <= 1, s.toString());
                }
            }
            Enps enps = result.enps().value().overall().value();
            assertTrue(-100 <= enps.ci95().lower() && enps.ci95().upper() <= 100, enps.toString());
        }
    }

    @Test
    void adjustedPValuesAreOrdered() {
        SplittableRandom random = new SplittableRandom(8);
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] p = random.doubles(1 + random.nextInt(30)).map(v -> v * v).toArray();
            double[] holm = MultipleComparisons.holm(p);
            double[] bh = MultipleComparisons.benjaminiHochberg(p);
            for (int i = 0; i < p.length; i++) {
                assertTrue(p[i] <= bh[i] && bh[i] <= holm[i] && holm[i] <= 1, i + ": " + p[i] + " " + bh[i] + " " + holm[i]);
            }
        }
    }
}
