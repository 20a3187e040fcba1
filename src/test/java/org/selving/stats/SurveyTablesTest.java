package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tabulating by fine groups (unit x segment) and adding groups up afterwards gives exactly what the
 * engine computes for the coarse groups directly.
 */
class SurveyTablesTest {

    private static final int UNITS = 5;
    private static final int SEGMENTS = 3;

    @Test
    void aUnionOfFineGroupsIsTheCoarseGroupTheEngineComputes() {
        RandomSurveys.Survey survey = RandomSurveys.generate(new SplittableRandom(11), 400, UNITS, 0.1, 1);
        SurveyResult direct = survey.compute();
        SurveyTables tables = SurveyStatistics.tabulate(survey.answers(), RandomSurveys.LAYOUT, fineGroups(survey));

        for (int unit = 0; unit < UNITS; unit++) {
            int[] members = membersOfUnit(unit);
            GroupStatistics union = tables.union(members);
            for (int scale = 0; scale < direct.dimensions().size(); scale++) {
                GroupSummary expected = direct.dimensions().get(scale).units().units().get(unit);
                assertEquals(expected.score(), union.score(scale), "score of unit " + unit);
                assertEquals(expected.answers(), union.answers(scale));
                assertEquals(expected.items(), union.items(scale));
                assertEquals(expected.agreement(), union.agreement(scale));
            }
            assertEquals(direct.enps().value().byUnit().get(unit), union.enps());
        }
        for (int scale = 0; scale < direct.dimensions().size(); scale++) {
            List<Moments> unitMoments = new ArrayList<>();
            for (int unit = 0; unit < UNITS; unit++) {
                unitMoments.add(tables.union(membersOfUnit(unit)).scoreMoments(scale));
            }
            Icc expected = direct.dimensions().get(scale).units().icc().value();
            Icc fromUnions = IntraclassCorrelation.fromGroups(unitMoments).value();
            assertEquals(expected.icc1(), fromUnions.icc1(), 1e-12);
            assertEquals(expected.icc2(), fromUnions.icc2(), 1e-12);
        }
    }

    @Test
    void theOverallResultIsTheEnginesWithoutGroupComparisons() {
        RandomSurveys.Survey survey = RandomSurveys.generate(new SplittableRandom(12), 300, UNITS, 0.05, 1);
        SurveyResult direct = survey.compute();
        SurveyResult overall = SurveyStatistics.tabulate(survey.answers(), RandomSurveys.LAYOUT, fineGroups(survey))
                .overall();
        assertEquals(direct.items(), overall.items());
        assertEquals(direct.overallIndex(), overall.overallIndex());
        assertEquals(direct.drivers(), overall.drivers());
        assertEquals(direct.dimensions().get(0).pairwise(), overall.dimensions().get(0).pairwise());
        assertEquals(List.of(), overall.dimensions().get(0).units().units());
    }

    @Test
    void aGroupOutsideTheTablesIsRefused() {
        RandomSurveys.Survey survey = RandomSurveys.generate(new SplittableRandom(13), 50, UNITS, 0, 1);
        SurveyTables tables = SurveyStatistics.tabulate(survey.answers(), RandomSurveys.LAYOUT, fineGroups(survey));
        assertThrows(IllegalArgumentException.class, () -> tables.union(new int[] {tables.groups()}));
    }

    /** unit * (SEGMENTS + 1) + segment + 1: segment -1 (none) is a group of its own. */
    private static Grouping fineGroups(RandomSurveys.Survey survey) {
        int[] labels = new int[survey.answers().rows()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = survey.units().label(r) * (SEGMENTS + 1) + survey.segments().label(r) + 1;
        }
        return Grouping.of(labels, UNITS * (SEGMENTS + 1));
    }

    private static int[] membersOfUnit(int unit) {
        return IntStream.range(0, SEGMENTS + 1).map(s -> unit * (SEGMENTS + 1) + s).toArray();
    }
}
