package org.selving.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics engine: every statistic of a survey from one pass over its answers.
 * <p>
 * The pass decodes each row once into keyed integer offsets and feeds them to accumulators that
 * keep exact counts and integer sums: per scale the cross-products reliability needs
 * ({@link ScaleAccumulator}), per unit and per segment frequency tables of answers and person
 * scores ({@link GroupTables}; the overall tables are the units' added up), and the joint tables
 * and cross-products of the drivers ({@link DriverAccumulator}). No statistic reads the answers
 * again, and nothing is boxed or allocated per row.
 * <p>
 * Memory beyond the answer matrix does not grow with the number of respondents: per group
 * (unit or segment) 4 bytes for each answer option of each item, twice, and for each possible
 * person score of each scale; about 3.5 KB for 42 five-point items in 11 scales.
 * <p>
 * The method is a pure function of its arguments and may run on several threads at once.
 */
public final class SurveyStatistics {

    private SurveyStatistics() {
    }

    /**
     * Computes everything for {@code answers} as described by {@code layout}; {@code units} (for
     * agreement and ICCs) and {@code segments} (for pairwise tests) label each row.
     */
    public static SurveyResult compute(AnswerMatrix answers, SurveyLayout layout, Grouping units, Grouping segments) {
        return pass(answers, layout, units, segments).result(units.count(), segments.count());
    }

    /**
     * One pass like {@link #compute}, keeping the frequency tables of every group so that any union
     * of groups can be summarized afterwards ({@link SurveyTables#union}). Its overall result has no
     * unit or segment comparisons: a caller that labels rows finely (say unit x segment) combines
     * the groups it wants to show itself.
     */
    public static SurveyTables tabulate(AnswerMatrix answers, SurveyLayout layout, Grouping groups) {
        Pass pass = pass(answers, layout, groups, Grouping.none(answers.rows()));
        return new SurveyTables(() -> pass.result(0, 0), pass.unitTables, groups.count(), layout);
    }

    private static Pass pass(AnswerMatrix answers, SurveyLayout layout, Grouping units, Grouping segments) {
        ColumnDecoder decoder = new ColumnDecoder(layout);
        decoder.checkFits(answers);
        if (units.rows() != answers.rows() || segments.rows() != answers.rows()) {
            throw new IllegalArgumentException("units and segments need one label per row (" + answers.rows() + ")");
        }
        List<ScaleDefinition> scales = layout.scoredScales();
        int scaleCount = scales.size();
        ScaleAccumulator[] accumulators = new ScaleAccumulator[scaleCount];
        ScoreCodes[] codes = new ScoreCodes[scaleCount];
        List<AnswerScale> answerScales = new ArrayList<>(scaleCount);
        for (int s = 0; s < scaleCount; s++) {
            answerScales.add(layout.scaleOf(scales.get(s)));
            accumulators[s] = new ScaleAccumulator(scales.get(s).columnArray(), answerScales.get(s));
            codes[s] = accumulators[s].codes();
        }
        // One more unit table collects the rows without a unit, so that all units together are
        // everybody and the overall tables follow by adding them up instead of counting again.
        int noUnit = units.count();
        GroupTables unitTables = new GroupTables(layout, codes, units.count() + 1);
        GroupTables segmentTables = new GroupTables(layout, codes, segments.count());
        DriverAccumulator drivers = layout.outcome().isPresent() ? new DriverAccumulator(codes, answerScales) : null;

        float[] values = answers.values();
        int[] scoreCodes = new int[scaleCount];
        for (int row = 0; row < answers.rows(); row++) {
            int[] offsets = decoder.decode(values, row);
            for (int s = 0; s < scaleCount; s++) {
                scoreCodes[s] = accumulators[s].add(offsets);
            }
            int unit = units.label(row);
            unitTables.add(unit >= 0 ? unit : noUnit, offsets, scoreCodes);
            int segment = segments.label(row);
            if (segment >= 0) {
                segmentTables.add(segment, offsets, scoreCodes);
            }
            if (drivers != null) {
                drivers.add(scoreCodes);
            }
        }
        return new Pass(answers.rows(), answers.cols(), layout, scales, accumulators, unitTables, segmentTables, drivers);
    }

    /** What one pass over the answers has counted; every statistic follows from it. */
    private record Pass(int rows, int cols, SurveyLayout layout, List<ScaleDefinition> scales,
            ScaleAccumulator[] accumulators, GroupTables unitTables, GroupTables segmentTables,
            DriverAccumulator drivers) {

        /** Everything, comparing the first {@code unitCount} units and {@code segmentCount} segments. */
        SurveyResult result(int unitCount, int segmentCount) {
            GroupTables overall = unitTables.total();
            List<ItemSummary> items = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                items.add(overall.item(0, c));
            }
            List<ScaleSummary> summaries = new ArrayList<>(scales.size());
            for (int s = 0; s < scales.size(); s++) {
                summaries.add(scaleSummary(scales.get(s).key(), s, accumulators[s], rows, overall, unitTables,
                        unitCount, segmentTables, segmentCount));
            }
            int dimensionCount = layout.dimensions().size();
            List<ScaleSummary> dimensions = summaries.subList(0, dimensionCount);
            Result<ScaleSummary> outcome = layout.outcome().isPresent() ? Result.of(summaries.get(dimensionCount))
                    : Result.notComputable(Reason.NOT_CONFIGURED, "the layout has no outcome scale");
            Result<Drivers> driverResult = drivers != null ? Result.of(drivers.drivers(layout.outcome().get().key()))
                    : Result.notComputable(Reason.NOT_CONFIGURED, "the layout has no outcome scale");
            Result<EnpsSummary> enps = layout.enpsColumn().isPresent()
                    ? Result.of(enps(layout.enpsColumn().getAsInt(), overall, unitTables, unitCount, segmentTables,
                            segmentCount))
                    : Result.notComputable(Reason.NOT_CONFIGURED, "the layout has no eNPS item");
            return new SurveyResult(rows, items, dimensions, outcome, overallIndex(dimensions.stream().map(ScaleSummary::score).toList()), driverResult,
                    enps);
        }
    }

    private static ScaleSummary scaleSummary(String key, int s, ScaleAccumulator accumulator, long rows,
            GroupTables overall, GroupTables unitTables, int unitCount, GroupTables segmentTables, int segmentCount) {
        ScaleReliability pairwise = Reliability.of(accumulator.covariances(MissingAnswers.PAIRWISE, rows));
        ScaleReliability listwise = Reliability.of(accumulator.covariances(MissingAnswers.LISTWISE, rows));

        List<GroupSummary> units = groupSummaries(unitTables, unitCount, s);
        List<Moments> unitMoments = scoreMoments(unitTables, unitCount, s);
        UnitComparison unitComparison = new UnitComparison(units, OneWayAnova.fromGroups(unitMoments),
                IntraclassCorrelation.fromGroups(unitMoments));

        List<Moments> segmentMoments = scoreMoments(segmentTables, segmentCount, s);
        SegmentComparison segmentComparison = new SegmentComparison(groupSummaries(segmentTables, segmentCount, s),
                OneWayAnova.fromGroups(segmentMoments), pairs(segmentMoments));

        return new ScaleSummary(key, overall.scoreDescriptives(0, s), overall.scaleAnswers(0, s), pairwise, listwise,
                unitComparison, segmentComparison);
    }

    private static List<GroupSummary> groupSummaries(GroupTables tables, int groups, int s) {
        List<GroupSummary> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            out.add(new GroupSummary(g, tables.scoreDescriptives(g, s), tables.scaleAnswers(g, s), tables.scaleItems(g, s),
                    tables.rwgJ(g, s)));
        }
        return out;
    }

    private static List<Moments> scoreMoments(GroupTables tables, int groups, int s) {
        List<Moments> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            out.add(tables.scoreMoments(g, s));
        }
        return out;
    }

    /** Welch tests of every pair of groups, adjusted over the pairs whose test could be computed. */
    private static List<PairwiseComparison> pairs(List<Moments> groups) {
        List<int[]> pairs = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                pairs.add(new int[] {a, b});
                tests.add(WelchTest.fromMoments(groups.get(a), groups.get(b)));
            }
        }
        double[] p = tests.stream().filter(Result::isComputed).mapToDouble(t -> t.value().p()).toArray();
        double[] holm = MultipleComparisons.holm(p);
        double[] bh = MultipleComparisons.benjaminiHochberg(p);
        List<PairwiseComparison> out = new ArrayList<>(pairs.size());
        int computed = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Result<MeanComparison> test = tests.get(i);
            if (test instanceof Result.NotComputable<MeanComparison> failed) {
                out.add(new PairwiseComparison(pairs.get(i)[0], pairs.get(i)[1], test,
                        Result.notComputable(failed.reason(), failed.detail()),
                        Result.notComputable(failed.reason(), failed.detail())));
            } else {
                out.add(new PairwiseComparison(pairs.get(i)[0], pairs.get(i)[1], test, Result.of(holm[computed]),
                        Result.of(bh[computed])));
                computed++;
            }
        }
        return out;
    }

    private static EnpsSummary enps(int column, GroupTables overall, GroupTables unitTables, int unitCount,
            GroupTables segmentTables, int segmentCount) {
        List<Result<Enps>> byUnit = new ArrayList<>(unitCount);
        for (int g = 0; g < unitCount; g++) {
            byUnit.add(unitTables.enps(g, column));
        }
        List<Result<Enps>> bySegment = new ArrayList<>(segmentCount);
        for (int g = 0; g < segmentCount; g++) {
            bySegment.add(segmentTables.enps(g, column));
        }
        return new EnpsSummary(overall.enps(0, column), byUnit, bySegment);
    }

    /** The mean of the dimensions' 0-100 indices, leaving out dimensions nobody answered. */
    static Result<Double> overallIndex(List<Result<Descriptives>> dimensionScores) {
        double sum = 0;
        int counted = 0;
        for (Result<Descriptives> score : dimensionScores) {
            if (score.isComputed()) {
                sum += score.value().index();
                counted++;
            }
        }
        return counted == 0 ? Result.notComputable(Reason.NO_DATA, "no dimension has answers")
                : Result.of(sum / counted);
    }
}
