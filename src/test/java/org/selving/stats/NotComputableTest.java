package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every case the data cannot support comes back as "not computable" with its reason, never as
 * NaN and never as an exception from inside Commons Math.
 */
class NotComputableTest {

    private static final double NA = Double.NaN;
    private static final AnswerScale FIVE = new AnswerScale(1, 5, 4, 2);
    private static final int[] THREE_ITEMS = {0, 1, 2};
    private static final boolean[] NONE_REVERSED = new boolean[3];

    private static Reason reason(Result<?> result) {
        Result.NotComputable<?> failed = assertInstanceOf(Result.NotComputable.class, result);
        assertFalse(failed.detail().isBlank());
        return failed.reason();
    }

    private static Result<Alpha> alpha(double[][] rows) {
        return Reliability.of(AnswerMatrix.of(rows, 3), THREE_ITEMS, NONE_REVERSED, FIVE, MissingAnswers.PAIRWISE)
                .alpha();
    }

    private static Moments moments(double... values) {
        return Moments.of(values);
    }

    @Test
    void noAnswersAtAll() {
        assertEquals(Reason.NO_DATA, reason(Descriptives.of(new double[0], FIVE)));
        assertEquals(Reason.NO_DATA, reason(Share.wilson(0, 0)));
        assertEquals(Reason.NO_DATA, reason(Enps.of(new double[] {NA, NA})));
        assertEquals(Reason.NO_DATA, reason(Rwg.of(new double[0], FIVE)));

        SurveyResult empty = SurveyStatistics.compute(AnswerMatrix.of(new double[0][], 9), RandomSurveys.LAYOUT,
                Grouping.none(0), Grouping.none(0));
        assertEquals(0, empty.respondents());
        assertEquals(Reason.NO_DATA, reason(empty.items().get(0).descriptives()));
        assertEquals(Reason.NO_DATA, reason(empty.dimensions().get(0).score()));
        assertEquals(Reason.TOO_FEW_CASES, reason(empty.dimensions().get(0).pairwise().alpha()));
        assertEquals(Reason.ONE_GROUP, reason(empty.dimensions().get(0).units().anova()));
        assertEquals(Reason.NO_DATA, reason(empty.overallIndex()));
        assertEquals(Reason.NO_DATA, reason(empty.drivers().value().pearson().get(0)));
        assertEquals(Reason.TOO_FEW_CASES, reason(empty.drivers().value().relativeWeights()));
        assertEquals(Reason.NO_DATA, reason(empty.enps().value().overall()));
        FiniteNumbers.assertAllFinite(empty);
    }

    @Test
    void oneRespondent() {
        Descriptives one = Descriptives.of(new double[] {4}, FIVE).value();
        assertEquals(4, one.mean(), 0);
        assertEquals(Reason.TOO_FEW_CASES, reason(one.sd()));
        assertEquals(Reason.TOO_FEW_CASES, reason(one.meanCi95()));
        assertEquals(Reason.TOO_FEW_CASES, reason(alpha(new double[][] {{1, 2, 3}})));
        assertEquals(Reason.TOO_FEW_CASES, reason(WelchTest.of(new double[] {1}, new double[] {1, 2, 3})));
        assertEquals(Reason.TOO_FEW_CASES, reason(Correlation.pearson(new double[] {1}, new double[] {2})));
        assertEquals(Reason.GROUPS_OF_ONE, reason(Rwg.of(new double[] {3}, FIVE)));
    }

    @Test
    void twoRespondents() {
        assertTrue(alpha(new double[][] {{1, 2, 1}, {3, 4, 4}}).isComputed(), "psych computes alpha from 2 rows");
        assertEquals(Reason.TOO_FEW_CASES, reason(Correlation.pearson(new double[] {1, 2}, new double[] {2, 5})));
        assertEquals(Reason.TOO_FEW_CASES, reason(Correlation.spearman(new double[] {1, 2, NA}, new double[] {2, 5, 1})));
        assertEquals(Reason.TOO_FEW_CASES,
                reason(RelativeWeights.of(new double[][] {{1, 2, 4}, {2, 1, 3}}, new double[] {1, 3, 2})));
    }

    @Test
    void zeroVariance() {
        assertEquals(Reason.ZERO_VARIANCE, reason(WelchTest.of(new double[] {3, 3, 3}, new double[] {2, 2})));
        assertEquals(Reason.ZERO_VARIANCE, reason(Correlation.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})));
        Grouping twoGroups = Grouping.of(new int[] {0, 0, 1, 1}, 2);
        assertEquals(Reason.ZERO_VARIANCE, reason(OneWayAnova.of(new double[] {2, 2, 2, 2}, twoGroups)));
        assertEquals(Reason.ZERO_VARIANCE, reason(IntraclassCorrelation.of(new double[] {1, 3, 3, 1}, twoGroups)));
        assertEquals(Reason.ZERO_VARIANCE,
                reason(RelativeWeights.of(new double[][] {{1, 2, 3, 4, 5}, {2, 2, 2, 2, 2}}, new double[] {1, 3, 2, 5, 4})));
        // items that cancel out: the second is the first reversed, so every total is the same
        assertEquals(Reason.ZERO_VARIANCE, reason(Reliability.of(AnswerMatrix.of(new double[][] {{1, 5}, {2, 4}, {4, 2}}, 2),
                new int[] {0, 1}, new boolean[2], FIVE, MissingAnswers.PAIRWISE).alpha()));
        // a constant score is still described: SD 0 and an interval of zero width
        Descriptives flat = Descriptives.of(new double[] {3, 3, 3}, FIVE).value();
        assertEquals(0, flat.sd().value(), 0);
        assertEquals(3, flat.meanCi95().value().lower(), 0);
    }

    @Test
    void constantItem() {
        ScaleReliability reliability = Reliability.of(AnswerMatrix.of(new double[][] {{1, 3, 2}, {2, 3, 3}, {4, 3, 5}}, 3),
                THREE_ITEMS, NONE_REVERSED, FIVE, MissingAnswers.PAIRWISE);
        assertEquals(Reason.CONSTANT_ITEM, reason(reliability.alpha()));
        assertEquals(Reason.CONSTANT_ITEM, reason(reliability.omega()));
    }

    @Test
    void itemOrPersonWithoutAnswers() {
        assertEquals(Reason.ITEM_NEVER_ANSWERED, reason(alpha(new double[][] {{1, NA, 2}, {2, NA, 3}, {4, NA, 5}})));
        // items 1 and 2 are each answered, but never by the same person
        assertEquals(Reason.ITEM_NEVER_ANSWERED,
                reason(alpha(new double[][] {{1, 2, NA}, {2, 3, NA}, {4, NA, 5}, {3, NA, 1}})));
        // a person without answers has no score and is left out of every score statistic
        double[] scores = PersonScores.of(AnswerMatrix.of(new double[][] {{NA, NA, NA}, {1, 2, 3}}, 3), THREE_ITEMS,
                NONE_REVERSED, FIVE);
        assertTrue(Double.isNaN(scores[0]));
        assertEquals(2, scores[1], 0);
        SurveyResult withSilentPerson = RandomSurveys.generate(new java.util.SplittableRandom(1), 30, 2, 0, 1).compute();
        SurveyResult withoutAnswersForColumn = SurveyStatistics.compute(
                AnswerMatrix.of(new double[][] {{NA, 1, 1, 1, 1, 1, 1, 1, 5}, {NA, 2, 3, 1, 1, 2, 1, 4, 9}}, 9),
                RandomSurveys.LAYOUT, Grouping.none(2), Grouping.none(2));
        assertEquals(Reason.NO_DATA, reason(withoutAnswersForColumn.items().get(0).descriptives()));
        FiniteNumbers.assertAllFinite(withSilentPerson);
        FiniteNumbers.assertAllFinite(withoutAnswersForColumn);
    }

    @Test
    void oneGroupOnly() {
        Grouping oneGroup = Grouping.of(new int[] {0, 0, 0, -1}, 3);
        double[] values = {1, 2, 3, 4};
        assertEquals(Reason.ONE_GROUP, reason(OneWayAnova.of(values, oneGroup)));
        assertEquals(Reason.ONE_GROUP, reason(IntraclassCorrelation.of(values, oneGroup)));
        SurveyResult result = RandomSurveys.generate(new java.util.SplittableRandom(2), 40, 1, 0.1, 1).compute();
        assertEquals(Reason.ONE_GROUP, reason(result.dimensions().get(0).units().icc()));
    }

    @Test
    void groupsOfOne() {
        Grouping singles = Grouping.of(new int[] {0, 1, 2}, 3);
        assertEquals(Reason.GROUPS_OF_ONE, reason(OneWayAnova.of(new double[] {1, 2, 4}, singles)));
        assertEquals(Reason.GROUPS_OF_ONE, reason(IntraclassCorrelation.of(new double[] {1, 2, 4}, singles)));
        SurveyResult result = SurveyStatistics.compute(
                AnswerMatrix.of(new double[][] {{1, 2, 3, 4, 5, 1, 2, 3, 8}, {5, 4, 3, 2, 1, 2, 3, 4, 9}}, 9),
                RandomSurveys.LAYOUT, Grouping.of(new int[] {0, 1}, 2), Grouping.of(new int[] {0, 1}, 2));
        assertEquals(Reason.GROUPS_OF_ONE, reason(result.dimensions().get(0).units().units().get(0).agreement()));
        assertEquals(Reason.GROUPS_OF_ONE, reason(result.dimensions().get(0).units().icc()));
        assertEquals(Reason.TOO_FEW_CASES, reason(result.dimensions().get(0).segments().pairs().get(0).test()));
        assertEquals(Reason.TOO_FEW_CASES, reason(result.dimensions().get(0).segments().pairs().get(0).holmP()));
    }

    @Test
    void singularPredictors() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {2, 1, 4, 3, 6, 5};
        double[] sum = {3, 3, 7, 7, 11, 11};
        double[] y = {1, 3, 2, 5, 4, 6};
        assertEquals(Reason.SINGULAR_MATRIX, reason(RelativeWeights.of(new double[][] {a, a}, y)));
        assertEquals(Reason.SINGULAR_MATRIX, reason(RelativeWeights.of(new double[][] {a, b, sum}, y)));
        // two dimensions made of the same items score every person alike
        SurveyLayout twins = new SurveyLayout(List.of(FIVE, FIVE, FIVE, FIVE, FIVE), Set.of(),
                List.of(new ScaleDefinition("A", List.of(0, 1)), new ScaleDefinition("B", List.of(2, 3))),
                Optional.of(new ScaleDefinition("outcome", List.of(4))), OptionalInt.empty());
        double[][] rows = {{1, 2, 1, 2, 3}, {3, 3, 3, 3, 4}, {4, 5, 4, 5, 5}, {2, 2, 2, 2, 1}, {5, 4, 5, 4, 4}};
        SurveyResult result = SurveyStatistics.compute(AnswerMatrix.of(rows, 5), twins, Grouping.none(5),
                Grouping.none(5));
        assertEquals(Reason.SINGULAR_MATRIX, reason(result.drivers().value().relativeWeights()));
    }

    @Test
    void tooFewItems() {
        ScaleReliability oneItem = Reliability.of(AnswerMatrix.of(new double[][] {{1}, {2}, {4}}, 1), new int[] {0},
                new boolean[1], FIVE, MissingAnswers.PAIRWISE);
        assertEquals(Reason.TOO_FEW_ITEMS, reason(oneItem.alpha()));
        ScaleReliability twoItems = Reliability.of(AnswerMatrix.of(new double[][] {{1, 2}, {2, 2}, {4, 5}}, 2),
                new int[] {0, 1}, new boolean[2], FIVE, MissingAnswers.PAIRWISE);
        assertTrue(twoItems.alpha().isComputed());
        assertEquals(Reason.TOO_FEW_ITEMS, reason(twoItems.omega()));
        assertEquals(Reason.TOO_FEW_ITEMS, reason(twoItems.alpha().value().items().get(0).alphaIfDeletedRaw()));
    }

    @Test
    void layoutWithoutOutcomeOrEnps() {
        SurveyLayout bare = new SurveyLayout(List.of(FIVE, FIVE), Set.of(),
                List.of(new ScaleDefinition("A", List.of(0, 1))), Optional.empty(), OptionalInt.empty());
        SurveyResult result = SurveyStatistics.compute(AnswerMatrix.of(new double[][] {{1, 2}, {3, 3}}, 2), bare,
                Grouping.none(2), Grouping.none(2));
        assertEquals(Reason.NOT_CONFIGURED, reason(result.outcome()));
        assertEquals(Reason.NOT_CONFIGURED, reason(result.drivers()));
        assertEquals(Reason.NOT_CONFIGURED, reason(result.enps()));
    }

    @Test
    void askingANotComputableResultForItsValueSaysWhy() {
        Result<Descriptives> none = Descriptives.of(new double[0], FIVE);
        IllegalStateException e = assertThrows(IllegalStateException.class, none::value);
        assertTrue(e.getMessage().contains("NO_DATA"), e.getMessage());
        assertEquals(-1.0, none.map(Descriptives::mean).orElse(-1.0));
        assertEquals(Reason.NO_DATA, reason(none.map(Descriptives::mean)));
        assertEquals(3.0, Descriptives.of(new double[] {3}, FIVE).map(Descriptives::mean).orElse(-1.0));
    }

    /** Answers that cannot come from the scale are a caller's bug: they fail at once, naming the cell. */
    @Test
    void invalidInputFailsFast() {
        SurveyLayout layout = RandomSurveys.LAYOUT;
        double[][] outOfScale = {{1, 2, 3, 4, 5, 1, 2, 6, 9}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SurveyStatistics
                .compute(AnswerMatrix.of(outOfScale, 9), layout, Grouping.none(1), Grouping.none(1)));
        assertTrue(e.getMessage().contains("row 0, column 7"), e.getMessage());
        double[][] fraction = {{1, 2, 3, 4, 5, 1, 2, 2.5, 9}};
        assertThrows(IllegalArgumentException.class, () -> SurveyStatistics.compute(AnswerMatrix.of(fraction, 9), layout,
                Grouping.none(1), Grouping.none(1)));
        assertThrows(IllegalArgumentException.class, () -> Grouping.of(new int[] {0, 3}, 2));
        assertThrows(IllegalArgumentException.class, () -> SurveyStatistics.compute(AnswerMatrix.of(new double[1][3], 3),
                layout, Grouping.none(1), Grouping.none(1)));
        assertThrows(IllegalArgumentException.class, () -> new AnswerScale(1, 5, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> MultipleComparisons.holm(new double[] {0.1, NA}));
    }
}
