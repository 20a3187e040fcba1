package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

/**
 * Missing answers on a matrix small enough to follow by hand: expected values are computed here
 * independently (Commons Math's Covariance on the rows each pair shares, the alpha and Feldt
 * formulas written out), as psych::alpha documents its pairwise default.
 */
class MissingAnswersTest {

    private static final double NA = Double.NaN;
    private static final AnswerScale SCALE = new AnswerScale(1, 5, 4, 2);
    private static final int[] COLUMNS = {0, 1, 2};
    private static final double[][] ROWS = {
        {1, 2, 2},
        {2, 2, 3},
        {3, 4, 3},
        {4, NA, 5},
        {5, 4, NA},
        {NA, NA, NA},
        {2, 3, 1},
    };
    private static final AnswerMatrix ANSWERS = AnswerMatrix.of(ROWS, 3);

    @Test
    void pairwiseUsesEachPairsSharedRowsAndEveryRowForTheIntervals() {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i * 3 + j] = sharedRowCovariance(i, j);
            }
        }
        double total = 0;
        double trace = 0;
        for (int i = 0; i < 3; i++) {
            trace += c[i * 3 + i];
            for (int j = 0; j < 3; j++) {
                total += c[i * 3 + j];
            }
        }
        double alpha = 1.5 * (1 - trace / total);
        int n = ROWS.length; // psych: n = every row passed, also the one with no answer at all
        Alpha a = reliability(MissingAnswers.PAIRWISE);
        assertEquals(alpha, a.raw(), 1e-12);
        assertEquals(n, a.n());
        assertEquals(1 - (1 - alpha) * new FDistribution(n - 1, (n - 1) * 2.0).inverseCumulativeProbability(0.975),
                a.feldtCi95().value().lower(), 1e-8);
        assertEquals(List.of(6L, 5L, 5L), a.items().stream().map(ItemReliability::n).toList());
        // item means over each item's own answers
        assertEquals(17.0 / 6, a.items().get(0).mean(), 1e-12);
        assertEquals(15.0 / 5, a.items().get(1).mean(), 1e-12);
    }

    @Test
    void listwiseIsTheAlphaOfTheCompleteCases() {
        double[][] complete = {ROWS[0], ROWS[1], ROWS[2], ROWS[6]};
        double[][] c = new Covariance(complete).getCovarianceMatrix().getData();
        double trace = c[0][0] + c[1][1] + c[2][2];
        double total = 0;
        for (double[] row : c) {
            for (double v : row) {
                total += v;
            }
        }
        Alpha a = reliability(MissingAnswers.LISTWISE);
        assertEquals(1.5 * (1 - trace / total), a.raw(), 1e-12);
        assertEquals(4, a.n());
        Alpha onCompleteRowsOnly = Reliability.of(AnswerMatrix.of(complete, 3), COLUMNS, new boolean[3], SCALE,
                MissingAnswers.PAIRWISE).alpha().value();
        assertEquals(onCompleteRowsOnly.raw(), a.raw(), 1e-12);
        assertEquals(onCompleteRowsOnly.items(), a.items());
    }

    @Test
    void aPersonScoreIsTheMeanOfTheAnsweredItems() {
        double[] scores = PersonScores.of(ANSWERS, COLUMNS, new boolean[3], SCALE);
        double[] expected = {5.0 / 3, 7.0 / 3, 10.0 / 3, 4.5, 4.5, NA, 2};
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r], scores[r], 1e-15, "row " + r);
        }
        SurveyLayout layout = new SurveyLayout(List.of(SCALE, SCALE, SCALE), Set.of(),
                List.of(new ScaleDefinition("scale", List.of(0, 1, 2))), Optional.empty(), OptionalInt.empty());
        Descriptives score = SurveyStatistics.compute(ANSWERS, layout, Grouping.none(7), Grouping.none(7))
                .dimensions().get(0).score().value();
        assertEquals(6, score.n(), "the person who answered nothing has no score");
        assertEquals((5.0 / 3 + 7.0 / 3 + 10.0 / 3 + 4.5 + 4.5 + 2) / 6, score.mean(), 1e-12);
        assertEquals((7.0 / 3 + 10.0 / 3) / 2, score.median(), 1e-12);
    }

    @Test
    void reverseKeyingLeavesMissingAnswersMissing() {
        AnswerMatrix reversed = ANSWERS.reverseKeyed(new int[] {1}, SCALE);
        assertTrue(Double.isNaN(reversed.get(3, 1)));
        assertEquals(4, reversed.get(0, 1), 0);
    }

    private static Alpha reliability(MissingAnswers missing) {
        return Reliability.of(ANSWERS, COLUMNS, new boolean[3], SCALE, missing).alpha().value();
    }

    /** The covariance of items i and j over the rows that answered both (their own means), by Commons Math. */
    private static double sharedRowCovariance(int i, int j) {
        List<double[]> shared = new ArrayList<>();
        for (double[] row : ROWS) {
            if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
                shared.add(new double[] {row[i], row[j]});
            }
        }
        return new Covariance(shared.toArray(double[][]::new)).getCovarianceMatrix().getEntry(0, 1);
    }
}
