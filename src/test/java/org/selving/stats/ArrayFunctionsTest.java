package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The functions on plain arrays (for a report's ad hoc needs, such as comparing two cycles) and
 * the one-pass engine reach the same numbers on the missing-data reference survey, by different
 * routes: sorting and two-pass sums of doubles here, exact frequency tables there.
 */
class ArrayFunctionsTest {

    private static final double SAME = 1e-12;
    private static final Survey DATA = Survey.load();
    private static final SurveyResult RESULT = SurveyStatistics.compute(DATA.answers, Survey.LAYOUT, DATA.units,
            DATA.segments);

    private static double[] scores(ScaleDefinition scale) {
        int[] columns = scale.columns().stream().mapToInt(Integer::intValue).toArray();
        boolean[] reversed = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            reversed[i] = Survey.LAYOUT.reversedColumns().contains(columns[i]);
        }
        return PersonScores.of(DATA.answers, columns, reversed, Survey.FIVE_POINT);
    }

    private static double[] dimension(int d) {
        return scores(Survey.LAYOUT.dimensions().get(d));
    }

    private static double[] outcome() {
        return scores(Survey.LAYOUT.outcome().orElseThrow());
    }

    @Test
    void descriptivesOfPersonScores() {
        for (int d = 0; d < 3; d++) {
            Descriptives fromArray = Descriptives.of(dimension(d), Survey.FIVE_POINT).value();
            Descriptives fromEngine = RESULT.dimensions().get(d).score().value();
            assertEquals(fromEngine.n(), fromArray.n());
            assertEquals(fromEngine.mean(), fromArray.mean(), SAME);
            assertEquals(fromEngine.sd().value(), fromArray.sd().value(), SAME);
            assertEquals(fromEngine.median(), fromArray.median(), 0);
            assertEquals(fromEngine.meanCi95().value().lower(), fromArray.meanCi95().value().lower(), SAME);
        }
    }

    @Test
    void correlationsWithTheOutcome() {
        Drivers drivers = RESULT.drivers().value();
        for (int d = 0; d < 3; d++) {
            Correlation pearson = Correlation.pearson(dimension(d), outcome()).value();
            Correlation spearman = Correlation.spearman(dimension(d), outcome()).value();
            assertEquals(drivers.pearson().get(d).value().n(), pearson.n());
            assertEquals(drivers.pearson().get(d).value().r(), pearson.r(), SAME);
            assertEquals(drivers.pearson().get(d).value().p(), pearson.p(), pearson.p() * 1e-9);
            assertEquals(drivers.spearman().get(d).value().r(), spearman.r(), SAME);
            assertEquals(drivers.spearman().get(d).value().p(), spearman.p(), spearman.p() * 1e-9);
        }
    }

    @Test
    void relativeWeights() {
        RelativeWeights fromArrays = RelativeWeights.of(new double[][] {dimension(0), dimension(1), dimension(2)},
                outcome()).value();
        RelativeWeights fromEngine = RESULT.drivers().value().relativeWeights().value();
        assertEquals(fromEngine.n(), fromArrays.n());
        assertEquals(fromEngine.rSquared(), fromArrays.rSquared(), SAME);
        for (int d = 0; d < 3; d++) {
            assertEquals(fromEngine.rawWeights().get(d), fromArrays.rawWeights().get(d), SAME);
        }
    }

    @Test
    void anovaAndIccByUnit() {
        for (int d = 0; d < 3; d++) {
            Anova fromArray = OneWayAnova.of(dimension(d), DATA.units).value();
            Anova fromEngine = RESULT.dimensions().get(d).units().anova().value();
            assertEquals(fromEngine.f(), fromArray.f(), 1e-10);
            assertEquals(fromEngine.dfWithin(), fromArray.dfWithin());
            Icc icc = IntraclassCorrelation.of(dimension(d), DATA.units).value();
            assertEquals(RESULT.dimensions().get(d).units().icc().value().icc1(), icc.icc1(), SAME);
            assertEquals(RESULT.dimensions().get(d).units().icc().value().icc2Ci95().upper(), icc.icc2Ci95().upper(),
                    SAME);
        }
    }

    @Test
    void welchTestsBetweenSegments() {
        double[] scores = dimension(0);
        for (PairwiseComparison pair : RESULT.dimensions().get(0).segments().pairs()) {
            MeanComparison fromArrays = WelchTest.of(inSegment(scores, pair.groupA()), inSegment(scores, pair.groupB()))
                    .value();
            MeanComparison fromEngine = pair.test().value();
            assertEquals(fromEngine.t(), fromArrays.t(), 1e-10);
            assertEquals(fromEngine.df(), fromArrays.df(), 1e-8);
            assertEquals(fromEngine.hedgesG(), fromArrays.hedgesG(), 1e-10);
        }
    }

    /** Two cycles computed apart are compared from their descriptives alone. */
    @Test
    void welchTestFromTwoSeparatelyComputedDescriptives() {
        double[] scores = dimension(2);
        double[] staff = inSegment(scores, 0);
        double[] managers = inSegment(scores, 1);
        MeanComparison fromDescriptives = WelchTest.fromMoments(
                Descriptives.of(staff, Survey.FIVE_POINT).value().moments(),
                Descriptives.of(managers, Survey.FIVE_POINT).value().moments()).value();
        MeanComparison fromArrays = WelchTest.of(staff, managers).value();
        assertEquals(fromArrays.t(), fromDescriptives.t(), 1e-10);
        assertEquals(fromArrays.p(), fromDescriptives.p(), 1e-10);
        assertEquals(fromArrays.hedgesGCi95().lower(), fromDescriptives.hedgesGCi95().lower(), 1e-10);
    }

    @Test
    void oneItemRwgAndEnps() {
        for (int unit = 0; unit < 14; unit++) {
            double[] answers = inUnit(DATA.answers.column(12), unit);
            Rwg fromArray = Rwg.of(answers, Survey.FIVE_POINT).value();
            Rwg fromEngine = RESULT.outcome().value().units().units().get(unit).agreement().value();
            assertEquals(fromEngine.n(), fromArray.n());
            assertEquals(fromEngine.rwg(), fromArray.rwg(), SAME);
        }
        assertEquals(RESULT.enps().value().overall(), Enps.of(DATA.answers.column(Survey.ENPS)));
    }

    private static double[] inSegment(double[] values, int segment) {
        return IntStream.range(0, values.length).filter(r -> DATA.segments.label(r) == segment)
                .mapToDouble(r -> values[r]).toArray();
    }

    private static double[] inUnit(double[] values, int unit) {
        return IntStream.range(0, values.length).filter(r -> DATA.units.label(r) == unit).mapToDouble(r -> values[r])
                .toArray();
    }
}
