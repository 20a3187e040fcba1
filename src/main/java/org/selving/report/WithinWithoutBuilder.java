package org.selving.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Figures;
import org.selving.report.Report.HeatmapRow;
import org.selving.report.Report.ItemFigures;
import org.selving.report.Section.Unavailable;
import org.selving.report.WithinWithout.DimensionGap;
import org.selving.report.WithinWithout.ItemGap;
import org.selving.report.WithinWithout.UnitPoint;
import org.selving.report.WithinWithout.UnitRelation;
import org.selving.stats.AnswerMatrix;
import org.selving.stats.AnswerScale;
import org.selving.stats.Correlation;
import org.selving.stats.Descriptives;
import org.selving.stats.GroupStatistics;
import org.selving.stats.Grouping;
import org.selving.stats.MeanComparison;
import org.selving.stats.MirrorGap;
import org.selving.stats.MultipleComparisons;
import org.selving.stats.Reason;
import org.selving.stats.Result;
import org.selving.stats.ScaleDefinition;
import org.selving.stats.SurveyLayout;
import org.selving.stats.SurveyResult;
import org.selving.stats.SurveyStatistics;

/**
 * Computes the within/without section of an internal report from two releases: the internal one for
 * the report's group, and its paired mirror's for the same part of the organization. What it shows
 * of the outsiders comes from the mirror's own report of that part ({@code outsideFigures}, cut by the
 * mirror's disclosure decisions) and, for the units, from cells those decisions show; what it shows of
 * the staff comes from the internal report ({@code insideFigures}) and from new statistics over the
 * same group of staff (the mean of the paired statements; the drivers of the outward dimension). So
 * it shows no group that either report does not. Where the internal report's k is the larger, the
 * outsiders' cells follow the mirror's decisions taken again for that k ({@link Release#disclosureAtLeast}):
 * a subset of what the mirror shows, from which no group below either k can be worked out.
 */
final class WithinWithoutBuilder {

    /** Below this many units, a correlation across units is read as a hint. */
    static final int FEW_UNITS = 10;
    private static final int MIN_UNITS = 3;

    private final Release inside;
    private final int scope;
    private final int column;
    private final Figures insideFigures;
    private final Release outside;
    private final int outsideScope;
    private final Figures outsideFigures;
    private final WithinWithout.Mirror mirror;
    private final Instrument insideInstrument;
    private final Instrument outsideInstrument;
    /** The mirror's decisions, for this report's k too. */
    private final Disclosure outsiders;
    private AnswerMatrix staff;

    /**
     * @param scope          the internal report's node; {@code column} its column
     * @param insideFigures  the internal report's figures (shown)
     * @param outsideScope   the same unit in the mirror's tree
     * @param outsideFigures the mirror's report of that node for everybody (shown, with at least k outsiders)
     */
    WithinWithoutBuilder(Release inside, int scope, int column, Figures insideFigures, Release outside, int outsideScope,
            Figures outsideFigures, WithinWithout.Mirror mirror) {
        this.inside = inside;
        this.scope = scope;
        this.column = column;
        this.insideFigures = insideFigures;
        this.outside = outside;
        this.outsideScope = outsideScope;
        this.outsideFigures = outsideFigures;
        this.mirror = mirror;
        this.insideInstrument = inside.shape.instrument();
        this.outsideInstrument = outside.shape.instrument();
        this.outsiders = outside.disclosureAtLeast(inside.k);
    }

    /** A mirror statement and the internal statement it mirrors, by their columns, on their common scale. */
    private record Pair(Item item, int outsideColumn, Item insideItem, int insideColumn, AnswerScale scale) {
    }

    WithinWithout build() {
        Map<String, Integer> insideColumns = columnsByKey(inside.shape.items());
        Map<String, Integer> outsideColumns = columnsByKey(outside.shape.items());
        Map<String, ItemFigures> insideItems = itemsByKey(insideFigures);
        Map<String, ItemFigures> outsideItems = itemsByKey(outsideFigures);
        Map<String, DimensionFigures> outsideDimensions = new HashMap<>();
        outsideFigures.dimensions().forEach(d -> outsideDimensions.put(d.key(), d));

        List<Dimension> pairedDimensions = new ArrayList<>();
        List<List<Pair>> pairsByDimension = new ArrayList<>();
        for (Dimension dimension : outsideInstrument.dimensions()) {
            List<Pair> pairs = new ArrayList<>();
            for (Item item : dimension.items()) {
                pair(item, outsideColumns, insideColumns).ifPresent(pairs::add);
            }
            if (!pairs.isEmpty()) {
                pairedDimensions.add(dimension);
                pairsByDimension.add(pairs);
            }
        }

        List<Pair> allPairs = pairsByDimension.stream().flatMap(List::stream).toList();
        List<Result<MirrorGap>> itemGaps = new ArrayList<>();
        for (Pair pair : allPairs) {
            itemGaps.add(gap(insideItems.get(pair.insideItem().key()).descriptives(),
                    outsideItems.get(pair.item().key()).descriptives(), pair.scale()));
        }
        List<Result<Double>> itemP = holm(itemGaps);
        List<ItemGap> items = new ArrayList<>();
        for (int i = 0; i < allPairs.size(); i++) {
            Pair pair = allPairs.get(i);
            ItemFigures in = insideItems.get(pair.insideItem().key());
            ItemFigures out = outsideItems.get(pair.item().key());
            items.add(new ItemGap(pair.item().key(), out.text(), pair.item().dimension(), in.key(), in.text(),
                    in.descriptives(), out.descriptives(), itemGaps.get(i), itemP.get(i),
                    Reading.difference(itemGaps.get(i).map(MirrorGap::test), itemP.get(i))));
        }

        List<Result<Descriptives>> composites = composites(pairsByDimension);
        List<Result<MirrorGap>> dimensionGaps = new ArrayList<>();
        for (int d = 0; d < pairedDimensions.size(); d++) {
            dimensionGaps.add(gap(composites.get(d), outsideDimensions.get(pairedDimensions.get(d).key()).score(),
                    pairsByDimension.get(d).get(0).scale()));
        }
        List<Result<Double>> dimensionP = holm(dimensionGaps);
        List<DimensionGap> dimensions = new ArrayList<>();
        for (int d = 0; d < pairedDimensions.size(); d++) {
            DimensionFigures out = outsideDimensions.get(pairedDimensions.get(d).key());
            dimensions.add(new DimensionGap(out.key(), out.title(),
                    pairsByDimension.get(d).stream().map(p -> p.insideItem().key()).toList(), composites.get(d),
                    out.score(), dimensionGaps.get(d), dimensionP.get(d),
                    Reading.difference(dimensionGaps.get(d).map(MirrorGap::test), dimensionP.get(d))));
        }

        Section<UnitRelation> units = units();
        Section<Report.Drivers> drivers = drivers();
        return new WithinWithout(mirror, insideFigures.respondents(), outsideFigures.respondents(),
                meanIndex(composites), outsideFigures.overallIndex(), dimensions, items, segments(pairedDimensions), units,
                drivers,
                summary(dimensions, units, drivers));
    }

    /**
     * The pair of a mirror statement, when the internal questionnaire (as this assessment pinned it)
     * has the statement it names, on the same scale; a mirror pinned against another version of the
     * internal questionnaire may name one that is gone.
     */
    private Optional<Pair> pair(Item item, Map<String, Integer> outsideColumns, Map<String, Integer> insideColumns) {
        Integer insideColumn = item.pairsWith() == null ? null : insideColumns.get(item.pairsWith());
        if (insideColumn == null || inside.shape.items().get(insideColumn).isOutcome()) {
            return Optional.empty();
        }
        int outsideColumn = outsideColumns.get(item.key());
        AnswerScale scale = outside.shape.scaleOf(outsideColumn);
        if (!scale.equals(inside.shape.scaleOf(insideColumn))) {
            return Optional.empty();
        }
        return Optional.of(new Pair(item, outsideColumn, inside.shape.items().get(insideColumn), insideColumn, scale));
    }

    private static Result<MirrorGap> gap(Result<Descriptives> in, Result<Descriptives> out, AnswerScale scale) {
        return in.flatMap(i -> out.flatMap(o -> MirrorGap.of(i.moments(), o.moments(), scale)));
    }

    private static List<Result<Double>> holm(List<Result<MirrorGap>> gaps) {
        List<Result<MeanComparison>> tests = gaps.stream().map(g -> g.map(MirrorGap::test)).toList();
        return MultipleComparisons.holm(tests);
    }

    /** The mean of the dimensions' indices that could be computed. */
    private static Result<Double> meanIndex(List<Result<Descriptives>> scores) {
        List<Double> indices = scores.stream().filter(Result::isComputed).map(s -> s.value().index()).toList();
        return indices.isEmpty() ? Result.notComputable(Reason.NO_DATA, "no paired statement answered")
                : Result.of(indices.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    /** The staff's answers of the report's group, as the engine reads them (unpacked once). */
    private AnswerMatrix staffAnswers() {
        if (staff == null) {
            int[] rows = ScopeTabulation.rowsOf(inside, scope, column);
            staff = AnswerMatrix.wrap(inside.shape.unpack(inside.answers, rows), rows.length, inside.shape.items().size());
        }
        return staff;
    }

    /** Each staff member's mean of the internal statements a mirror dimension's statements pair with. */
    private List<Result<Descriptives>> composites(List<List<Pair>> pairsByDimension) {
        List<ScaleDefinition> scales = new ArrayList<>();
        for (int d = 0; d < pairsByDimension.size(); d++) {
            scales.add(new ScaleDefinition("paired_" + d, pairsByDimension.get(d).stream().map(Pair::insideColumn).toList()));
        }
        SurveyLayout layout = new SurveyLayout(inside.shape.layout().columnScales(), inside.shape.layout().reversedColumns(),
                scales, Optional.empty(), OptionalInt.empty());
        AnswerMatrix answers = staffAnswers();
        SurveyResult result = SurveyStatistics.compute(answers, layout, Grouping.none(answers.rows()),
                Grouping.none(answers.rows()));
        return result.dimensions().stream().map(s -> s.score()).toList();
    }

    /**
     * The outsiders' segments as the mirror's report shows them, each segment's dimensions in the
     * section's order (those with paired statements), and only those the mirror's decisions show for
     * this report's k too.
     */
    private Section<List<Report.SegmentColumn>> segments(List<Dimension> pairedDimensions) {
        Section<Report.Segments> segments = outsideFigures.segments();
        if (!segments.available()) {
            return Section.unavailable(segments.unavailable() == Unavailable.INTERIM ? Unavailable.MIRROR_INTERIM
                    : segments.unavailable());
        }
        List<Dimension> order = outsideInstrument.dimensions();
        List<Report.SegmentColumn> columns = new ArrayList<>();
        for (Report.SegmentColumn segment : segments.value().columns()) {
            int column = outside.segmentQuestion.positionOf(segment.key());
            if (!segment.figures().shown() || !outsiders.shown(outsideScope, column)) {
                columns.add(new Report.SegmentColumn(segment.key(), segment.label(), segment.figures().shown()
                        ? Disclosed.withheld(outsiders.withheld(outsideScope, column)) : segment.figures()));
                continue;
            }
            List<Result<Descriptives>> scores = pairedDimensions.stream()
                    .map(d -> segment.figures().value().dimensions().get(order.indexOf(d))).toList();
            columns.add(new Report.SegmentColumn(segment.key(), segment.label(), Disclosed.shown(
                    new Report.SegmentFigures(segment.figures().value().respondents(), scores))));
        }
        return Section.of(columns);
    }

    /**
     * The units of the internal report's heatmap that the mirror's decisions show too, with at least
     * k outsiders: the staff's index as the heatmap shows it, the outsiders' as the mirror's report of
     * that unit does.
     */
    private Section<UnitRelation> units() {
        if (outside.interim) {
            return Section.unavailable(Unavailable.MIRROR_INTERIM);
        }
        Section<Report.Heatmap> heatmap = insideFigures.heatmap();
        if (!heatmap.available()) {
            return Section.unavailable(heatmap.unavailable());
        }
        ScopeTabulation tabulation = new ScopeTabulation(outside, outsideScope, Headcount.ALL, outside.tree.maxDepth());
        List<UnitPoint> points = new ArrayList<>();
        for (HeatmapRow row : heatmap.value().rows()) {
            if (row.others() || !row.figures().shown() || !row.figures().value().overallIndex().isComputed()) {
                continue;
            }
            int node = outside.tree.nodeOf(row.unitId());
            if (node < 0 || !outside.tree.isWithin(node, outsideScope) || !outsiders.shown(node, Headcount.ALL)) {
                continue;
            }
            GroupStatistics unit = tabulation.union(node, Headcount.ALL, false);
            if (unit.overallIndex().isComputed()) {
                points.add(new UnitPoint(row.unitId(), row.path(), row.figures().value().respondents(),
                        row.figures().value().overallIndex().value(), outside.respondents.cell(node, Headcount.ALL),
                        unit.overallIndex().value()));
            }
        }
        if (points.size() < MIN_UNITS) {
            return Section.unavailable(Unavailable.TOO_FEW_UNITS);
        }
        Result<Correlation> r = Correlation.pearson(points.stream().mapToDouble(UnitPoint::insideIndex).toArray(),
                points.stream().mapToDouble(UnitPoint::outsideIndex).toArray());
        return Section.of(new UnitRelation(heatmap.value().level(), points, r, points.size() < FEW_UNITS,
                Reading.relation(r)));
    }

    /** The other internal dimensions as drivers of the outward-facing one, over the report's staff. */
    private Section<Report.Drivers> drivers() {
        String outward = outsideInstrument.mirrors().outwardDimension();
        List<Dimension> all = insideInstrument.dimensions();
        int outcome = -1;
        for (int d = 0; d < all.size(); d++) {
            if (all.get(d).key().equals(outward)) {
                outcome = d;
            }
        }
        if (outcome < 0 || all.size() < 2) {
            return Section.unavailable(Unavailable.NO_OUTCOME);
        }
        List<ScaleDefinition> predictors = new ArrayList<>(inside.shape.layout().dimensions());
        ScaleDefinition outcomeScale = predictors.remove(outcome);
        SurveyLayout layout = new SurveyLayout(inside.shape.layout().columnScales(), inside.shape.layout().reversedColumns(),
                predictors, Optional.of(outcomeScale), OptionalInt.empty());
        AnswerMatrix answers = staffAnswers();
        SurveyResult result = SurveyStatistics.compute(answers, layout, Grouping.none(answers.rows()),
                Grouping.none(answers.rows()));
        Map<String, String> titles = new HashMap<>();
        insideFigures.dimensions().forEach(d -> titles.put(d.key(), d.title()));
        List<ReportBuilder.Named> named = predictors.stream()
                .map(p -> new ReportBuilder.Named(p.key(), titles.get(p.key()))).toList();
        return ReportBuilder.drivers(result.drivers().value(), named, outward, titles.get(outward));
    }

    private static WithinWithout.Summary summary(List<DimensionGap> dimensions, Section<UnitRelation> units,
            Section<Report.Drivers> drivers) {
        int betterInside = 0;
        int betterOutside = 0;
        int even = 0;
        for (DimensionGap gap : dimensions) {
            switch (gap.reading()) {
                case HIGHER -> betterInside++;
                case LOWER -> betterOutside++;
                case NO_CLEAR_DIFFERENCE -> even++;
                default -> {
                }
            }
        }
        String largest = dimensions.stream().filter(d -> d.gap().isComputed())
                .max(Comparator.comparingDouble(d -> Math.abs(d.gap().value().gap()))).map(DimensionGap::key)
                .orElse(null);
        return new WithinWithout.Summary(betterInside, betterOutside, even, largest,
                units.available() ? units.value().reading() : Reading.Relation.NOT_COMPUTABLE,
                drivers.available() && !drivers.value().drivers().isEmpty() ? drivers.value().drivers().get(0).dimension()
                        : null);
    }

    private static Map<String, Integer> columnsByKey(List<Item> items) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < items.size(); c++) {
            columns.put(items.get(c).key(), c);
        }
        return columns;
    }

    private static Map<String, ItemFigures> itemsByKey(Figures figures) {
        Map<String, ItemFigures> items = new HashMap<>();
        figures.dimensions().forEach(d -> d.items().forEach(i -> items.put(i.key(), i)));
        return items;
    }
}
