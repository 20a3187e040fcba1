package org.selving.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.report.Report.AnswerCount;
import org.selving.report.Report.Change;
import org.selving.report.Report.CommentGroup;
import org.selving.report.Report.DimensionChange;
import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Driver;
import org.selving.report.Report.Drivers;
import org.selving.report.Report.Figures;
import org.selving.report.Report.Heatmap;
import org.selving.report.Report.HeatmapCell;
import org.selving.report.Report.HeatmapRow;
import org.selving.report.Report.ItemChange;
import org.selving.report.Report.ItemFigures;
import org.selving.report.Report.PromptComments;
import org.selving.report.Report.Rate;
import org.selving.report.Report.RateRow;
import org.selving.report.Report.ResponseRates;
import org.selving.report.Report.SegmentColumn;
import org.selving.report.Report.SegmentFigures;
import org.selving.report.Report.SegmentGap;
import org.selving.report.Report.Segments;
import org.selving.report.Report.UnitAgreement;
import org.selving.report.Report.UnitFigures;
import org.selving.report.Section.Unavailable;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.AnswerMatrix;
import org.selving.stats.Descriptives;
import org.selving.stats.EnpsSummary;
import org.selving.stats.GroupStatistics;
import org.selving.stats.Grouping;
import org.selving.stats.IntraclassCorrelation;
import org.selving.stats.ItemSummary;
import org.selving.stats.MeanComparison;
import org.selving.stats.Moments;
import org.selving.stats.MultipleComparisons;
import org.selving.stats.RelativeWeights;
import org.selving.stats.Result;
import org.selving.stats.ScaleSummary;
import org.selving.stats.SurveyResult;
import org.selving.stats.SurveyStatistics;
import org.selving.stats.SurveyTables;
import org.selving.stats.WelchTest;

/**
 * Computes the figures of one report from a release: the respondents of the report's group go
 * through the statistics engine in one pass, labelled by node and segment, so that every unit of
 * the heatmap and every segment is a union of those labels. Only cells that the release's
 * {@link Disclosure} shows are computed at all.
 */
final class ReportBuilder {

    /** Drivers are shown from this many respondents with every dimension and the outcome answered. */
    static final int DRIVERS_MIN_RESPONDENTS = 30;
    /** How many of the items that changed most the change section lists. */
    static final int MOST_CHANGED_ITEMS = 5;

    private final Release release;
    private final Instrument instrument;
    private final String language;
    private final int scope;
    private final int column;
    private final int level;
    private final int width;
    private SurveyTables tables;
    private SurveyResult overall;
    private final Map<String, GroupStatistics> unions = new HashMap<>();

    /**
     * @param scope  the node the report is about
     * @param column {@link Headcount#ALL} or a segment 1..S
     * @param level  the depth of the heatmap's units (deeper than the scope)
     */
    ReportBuilder(Release release, String language, int scope, int column, int level) {
        this.release = release;
        this.instrument = release.shape.instrument();
        this.language = language;
        this.scope = scope;
        this.column = column;
        this.level = level;
        this.width = release.segmentCount() + 1;
    }

    /**
     * The figures of the report's group, or why they are withheld.
     *
     * @param previous the same group's report in the previous assessment, or why there is none
     */
    Disclosed<Figures> figures(Section<Report> previous) {
        Disclosure disclosure = release.disclosure;
        if (!disclosure.shown(scope, column)) {
            return Disclosed.withheld(disclosure.withheld(scope, column));
        }
        tabulate();
        List<DimensionFigures> dimensions = dimensions();
        Section<Heatmap> heatmap = breakdown(() -> heatmap(dimensions));
        return Disclosed.shown(new Figures(release.respondents.cell(scope, column), overall.overallIndex(), dimensions,
                overall.enps().flatMap(EnpsSummary::overall),
                wholeGroup(this::responseRates), heatmap,
                release.segmentQuestion == null ? Section.unavailable(Unavailable.NO_SEGMENT_QUESTION)
                        : wholeGroup(this::segments),
                change(dimensions, previous), drivers(), heatmap.available() ? agreement(heatmap.value())
                        : Section.unavailable(heatmap.unavailable()),
                wholeGroup(this::comments)));
    }

    /** A breakdown by unit: not in an interim release. */
    private <T> Section<T> breakdown(java.util.function.Supplier<Section<T>> section) {
        return release.interim ? Section.unavailable(Unavailable.INTERIM) : section.get();
    }

    /** A part of the report about the group as a whole, not one segment of it. */
    private <T> Section<T> wholeGroup(java.util.function.Supplier<Section<T>> section) {
        return column != Headcount.ALL ? Section.unavailable(Unavailable.SEGMENT_SCOPE) : breakdown(section);
    }

    // ---- one pass over the group's respondents

    private void tabulate() {
        int[] rows = new int[release.rows()];
        int count = 0;
        for (int r = 0; r < release.rows(); r++) {
            if (inScope(r)) {
                rows[count++] = r;
            }
        }
        rows = Arrays.copyOf(rows, count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = release.nodes[rows[i]] * width + release.segments[rows[i]];
        }
        float[] values = release.shape.unpack(release.answers, rows);
        tables = SurveyStatistics.tabulate(AnswerMatrix.wrap(values, count, release.shape.items().size()),
                release.shape.layout(), Grouping.of(labels, release.tree.size() * width));
        overall = tables.overall();
    }

    private boolean inScope(int r) {
        return release.tree.isWithin(release.nodes[r], scope) && (column == Headcount.ALL || release.segments[r] == column);
    }

    /** The statistics of a node's subtree in a column, or of what remains of it below {@code maxDepth}. */
    private GroupStatistics union(int node, int inColumn, boolean remainderOnly) {
        String key = node + "/" + inColumn + "/" + remainderOnly;
        return unions.computeIfAbsent(key, k -> tables.union(labels(node, inColumn, remainderOnly)));
    }

    private int[] labels(int node, int inColumn, boolean remainderOnly) {
        CellTree tree = release.tree;
        boolean[] excluded = new boolean[tree.size()];
        if (remainderOnly) {
            for (int shown : release.disclosure.topShownBelow(node, inColumn, level)) {
                for (int n = shown; n < tree.end(shown); n++) {
                    excluded[n] = true;
                }
            }
        }
        List<Integer> labels = new ArrayList<>();
        for (int n = node; n < tree.end(node); n++) {
            if (excluded[n]) {
                continue;
            }
            for (int s = 0; s < width; s++) {
                if (inColumn == Headcount.ALL || s == inColumn) {
                    labels.add(n * width + s);
                }
            }
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- dimensions and items

    private List<DimensionFigures> dimensions() {
        List<DimensionFigures> out = new ArrayList<>();
        for (int d = 0; d < instrument.dimensions().size(); d++) {
            Dimension dimension = instrument.dimensions().get(d);
            ScaleSummary summary = overall.dimensions().get(d);
            List<ItemFigures> items = new ArrayList<>();
            for (int c : release.shape.columnsOf(d)) {
                items.add(item(c, overall.items().get(c)));
            }
            out.add(new DimensionFigures(dimension.key(), text(dimension.title()), text(dimension.description()),
                    summary.score(), summary.answers(), new Report.Reliability(summary.pairwise().alpha(),
                            summary.pairwise().omega(), Reading.reliability(summary.pairwise().alpha())),
                    items));
        }
        return out;
    }

    private ItemFigures item(int column, ItemSummary summary) {
        Item item = release.shape.items().get(column);
        ResponseScale scale = instrument.scaleOf(item);
        List<AnswerCount> asAnswered = new ArrayList<>();
        Result<AnswerDistribution> keyed = summary.answers();
        for (int value = scale.min(); value <= scale.max(); value++) {
            int keyedOffset = item.reverse() ? scale.max() - value : value - scale.min();
            long count = keyed.isComputed() ? keyed.value().counts().get(keyedOffset) : 0;
            asAnswered.add(new AnswerCount(value, scale.label(value, language).orElse(""), count));
        }
        return new ItemFigures(item.key(), text(item.text()), item.reverse(), summary.descriptives(), keyed, asAnswered);
    }

    private String text(Map<String, String> texts) {
        return texts.getOrDefault(language, texts.getOrDefault(instrument.defaultLanguage(), ""));
    }

    // ---- response rates

    private Section<ResponseRates> responseRates() {
        Headcount issued = release.issuedCodes;
        if (issued.cell(scope, Headcount.ALL) == 0) {
            return Section.unavailable(Unavailable.NO_CODES);
        }
        List<RateRow> units = new ArrayList<>();
        for (int node = scope + 1; node < release.tree.end(scope); node++) {
            if (issued.cell(node, Headcount.ALL) > 0) {
                units.add(rateRow(node));
            }
        }
        return Section.of(new ResponseRates(rateRow(scope), units));
    }

    private RateRow rateRow(int node) {
        long issued = release.issuedCodes.cell(node, Headcount.ALL);
        Disclosure shownCodes = release.usedCodesDisclosure;
        Disclosed<Rate> used = shownCodes.shown(node, Headcount.ALL)
                ? Disclosed.shown(new Rate(release.usedCodes.cell(node, Headcount.ALL),
                        (double) release.usedCodes.cell(node, Headcount.ALL) / issued))
                : Disclosed.withheld(shownCodes.withheld(node, Headcount.ALL));
        return new RateRow(unitId(node), release.tree.path(node), release.tree.depth(node), issued, used);
    }

    private Long unitId(int node) {
        return node == CellTree.ROOT ? null : release.tree.unitId(node);
    }

    // ---- heatmap and agreement

    private Section<Heatmap> heatmap(List<DimensionFigures> dimensions) {
        if (release.tree.isLeaf(scope)) {
            return Section.unavailable(Unavailable.NO_UNITS_BELOW);
        }
        List<HeatmapRow> rows = new ArrayList<>();
        addRows(scope, rows, dimensions);
        return Section.of(new Heatmap(level, dimensions.stream().map(DimensionFigures::key).toList(), rows));
    }

    /** The heatmap's rows under a node, in tree order; a unit's "others" row after its units. */
    private void addRows(int node, List<HeatmapRow> rows, List<DimensionFigures> dimensions) {
        CellTree tree = release.tree;
        Disclosure disclosure = release.disclosure;
        if (node != scope && (tree.depth(node) == level || tree.isLeaf(node))) {
            Disclosed<UnitFigures> figures = disclosure.shown(node, column)
                    ? Disclosed.shown(unitFigures(union(node, column, false), release.respondents.cell(node, column),
                            dimensions))
                    : Disclosed.withheld(disclosure.withheld(node, column));
            rows.add(new HeatmapRow(unitId(node), tree.path(node), tree.depth(node), false, figures));
            return;
        }
        for (int child : tree.children(node)) {
            addRows(child, rows, dimensions);
        }
        long remainder = disclosure.shown(node, column) ? disclosure.remainder(node, column, level) : 0;
        if (remainder > 0) {
            rows.add(new HeatmapRow(unitId(node), tree.path(node), tree.depth(node), true,
                    Disclosed.shown(unitFigures(union(node, column, true), remainder, dimensions))));
        }
    }

    private UnitFigures unitFigures(GroupStatistics unit, long respondents, List<DimensionFigures> dimensions) {
        List<HeatmapCell> cells = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Result<Descriptives> score = unit.score(d);
            Result<Double> index = score.map(Descriptives::index);
            Result<Double> groupIndex = dimensions.get(d).score().map(Descriptives::index);
            cells.add(new HeatmapCell(dimensions.get(d).key(), index, score.map(Descriptives::n).orElse(0L),
                    index.flatMap(i -> groupIndex.map(g -> i - g)), unit.agreement(d)));
        }
        return new UnitFigures(respondents, unit.overallIndex(), cells);
    }

    private Section<List<UnitAgreement>> agreement(Heatmap heatmap) {
        List<UnitAgreement> out = new ArrayList<>();
        for (int d = 0; d < instrument.dimensions().size(); d++) {
            List<Moments> groups = new ArrayList<>();
            for (HeatmapRow row : heatmap.rows()) {
                if (row.figures().shown()) {
                    int node = row.unitId() == null ? CellTree.ROOT : release.tree.nodeOf(row.unitId());
                    groups.add(union(node, column, row.others()).scoreMoments(d));
                }
            }
            var icc = IntraclassCorrelation.fromGroups(groups);
            Dimension dimension = instrument.dimensions().get(d);
            out.add(new UnitAgreement(dimension.key(), text(dimension.title()), icc, Reading.unitDifferences(icc)));
        }
        return Section.of(out);
    }

    // ---- segments

    private Section<Segments> segments() {
        List<SegmentColumn> columns = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        int dimensions = instrument.dimensions().size();
        for (int s = 1; s < width; s++) {
            var option = release.segmentQuestion.options().get(s - 1);
            String label = option.label().getOrDefault(language, option.key());
            if (release.disclosure.shown(scope, s)) {
                shown.add(s);
                GroupStatistics segment = union(scope, s, false);
                List<Result<Descriptives>> scores = new ArrayList<>();
                for (int d = 0; d < dimensions; d++) {
                    scores.add(segment.score(d));
                }
                columns.add(new SegmentColumn(option.key(), label,
                        Disclosed.shown(new SegmentFigures(release.respondents.cell(scope, s), scores))));
            } else {
                columns.add(new SegmentColumn(option.key(), label, Disclosed.withheld(release.disclosure.withheld(scope, s))));
            }
        }
        List<String> keys = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            for (int a = 0; a < shown.size(); a++) {
                for (int b = a + 1; b < shown.size(); b++) {
                    keys.add(instrument.dimensions().get(d).key());
                    pairs.add(new String[] {segmentKey(shown.get(a)), segmentKey(shown.get(b))});
                    tests.add(WelchTest.fromMoments(union(scope, shown.get(a), false).scoreMoments(d),
                            union(scope, shown.get(b), false).scoreMoments(d)));
                }
            }
        }
        List<Result<Double>> adjusted = holm(tests);
        List<SegmentGap> gaps = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            gaps.add(new SegmentGap(keys.get(i), pairs.get(i)[0], pairs.get(i)[1], tests.get(i), adjusted.get(i),
                    Reading.difference(tests.get(i), adjusted.get(i))));
        }
        return Section.of(new Segments(columns, gaps));
    }

    private String segmentKey(int s) {
        return release.segmentQuestion.options().get(s - 1).key();
    }

    /** Holm-adjusted p of each test, over those that could be computed. */
    private static List<Result<Double>> holm(List<Result<MeanComparison>> tests) {
        double[] p = tests.stream().filter(Result::isComputed).mapToDouble(t -> t.value().p()).toArray();
        double[] adjusted = MultipleComparisons.holm(p);
        List<Result<Double>> out = new ArrayList<>();
        int computed = 0;
        for (Result<MeanComparison> test : tests) {
            out.add(test.isComputed() ? Result.of(adjusted[computed++])
                    : test.map(MeanComparison::p));
        }
        return out;
    }

    // ---- change since the previous assessment

    private Section<Change> change(List<DimensionFigures> dimensions, Section<Report> previous) {
        if (!previous.available()) {
            return Section.unavailable(previous.unavailable());
        }
        Report before = previous.value();
        if (!before.figures().shown()) {
            return Section.unavailable(Unavailable.PREVIOUS_WITHHELD);
        }
        Figures then = before.figures().value();
        Map<String, DimensionFigures> thenByKey = new HashMap<>();
        then.dimensions().forEach(d -> thenByKey.put(d.key(), d));

        List<DimensionFigures> matched = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        for (DimensionFigures now : dimensions) {
            DimensionFigures earlier = thenByKey.get(now.key());
            // A score is comparable across versions only when it is made of the same items.
            if (earlier != null && itemKeys(earlier).equals(itemKeys(now))) {
                matched.add(now);
                tests.add(compare(now.score(), earlier.score()));
            }
        }
        List<Result<Double>> adjusted = holm(tests);
        List<DimensionChange> changes = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            DimensionFigures now = matched.get(i);
            changes.add(new DimensionChange(now.key(), now.title(), now.score(), thenByKey.get(now.key()).score(),
                    tests.get(i), adjusted.get(i), Reading.difference(tests.get(i), adjusted.get(i))));
        }
        return Section.of(new Change(new Report.Previous(before.about().assessmentId(), before.about().title(),
                then.respondents()), changes, mostChangedItems(dimensions, then)));
    }

    private static List<String> itemKeys(DimensionFigures dimension) {
        return dimension.items().stream().map(ItemFigures::key).sorted().toList();
    }

    private static Result<MeanComparison> compare(Result<Descriptives> now, Result<Descriptives> then) {
        return now.flatMap(n -> then.flatMap(t -> WelchTest.fromMoments(n.moments(), t.moments())));
    }

    private List<ItemChange> mostChangedItems(List<DimensionFigures> dimensions, Figures then) {
        Map<String, ItemFigures> thenByKey = new HashMap<>();
        then.dimensions().forEach(d -> d.items().forEach(i -> thenByKey.put(i.key(), i)));
        List<ItemFigures> matched = new ArrayList<>();
        List<String> dimensionOf = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        for (DimensionFigures dimension : dimensions) {
            for (ItemFigures now : dimension.items()) {
                ItemFigures earlier = thenByKey.get(now.key());
                if (earlier != null && earlier.reverse() == now.reverse()
                        && earlier.asAnswered().size() == now.asAnswered().size()) {
                    matched.add(now);
                    dimensionOf.add(dimension.key());
                    tests.add(compare(now.descriptives(), earlier.descriptives()));
                }
            }
        }
        List<Result<Double>> adjusted = holm(tests);
        List<ItemChange> changes = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            if (tests.get(i).isComputed()) {
                changes.add(new ItemChange(matched.get(i).key(), matched.get(i).text(), dimensionOf.get(i), tests.get(i),
                        adjusted.get(i), Reading.difference(tests.get(i), adjusted.get(i))));
            }
        }
        changes.sort(Comparator.comparingDouble((ItemChange c) -> -Math.abs(c.test().value().hedgesG())));
        return List.copyOf(changes.subList(0, Math.min(MOST_CHANGED_ITEMS, changes.size())));
    }

    // ---- drivers

    private Section<Drivers> drivers() {
        if (release.shape.outcomeColumn() < 0) {
            return Section.unavailable(Unavailable.NO_OUTCOME);
        }
        var drivers = overall.drivers().value();
        Result<RelativeWeights> weights = drivers.relativeWeights();
        if (!weights.isComputed() || weights.value().n() < DRIVERS_MIN_RESPONDENTS) {
            return Section.unavailable(Unavailable.TOO_FEW_FOR_DRIVERS);
        }
        List<Driver> list = new ArrayList<>();
        for (int d = 0; d < instrument.dimensions().size(); d++) {
            Dimension dimension = instrument.dimensions().get(d);
            list.add(new Driver(dimension.key(), text(dimension.title()), drivers.pearson().get(d),
                    weights.value().rescaledWeights().get(d)));
        }
        list.sort(Comparator.comparingDouble((Driver driver) -> -driver.relativeWeight()));
        Item outcome = release.shape.items().get(release.shape.outcomeColumn());
        return Section.of(new Drivers(outcome.key(), text(outcome.text()), weights.value().n(),
                weights.value().rSquared(), list));
    }

    // ---- comments

    private Section<List<PromptComments>> comments() {
        CellTree tree = release.tree;
        List<PromptComments> prompts = new ArrayList<>();
        for (CommentPrompt prompt : instrument.comments()) {
            List<CommentGroup> groups = new ArrayList<>();
            for (CommentGroups.Group group : release.commentGroups.get(prompt.key())) {
                if (!tree.isWithin(group.anchor(), scope)) {
                    continue;
                }
                List<String> comments = new ArrayList<>();
                for (int member : group.members()) {
                    comments.addAll(release.commentsByNode.get(prompt.key()).get(member));
                }
                // Stored order says nothing about who wrote what; a fixed shuffle per group keeps
                // the pages, the JSON and the CSV in one order.
                Collections.shuffle(comments, new Random(31L * release.assessmentId + group.anchor()
                        + prompt.key().hashCode()));
                groups.add(new CommentGroup(unitId(group.anchor()), tree.path(group.anchor()),
                        group.includesOtherUnits(), comments));
            }
            if (!groups.isEmpty()) {
                prompts.add(new PromptComments(prompt.key(), text(prompt.text()), groups));
            }
        }
        return prompts.isEmpty() ? Section.unavailable(Unavailable.NO_COMMENTS) : Section.of(prompts);
    }
}
