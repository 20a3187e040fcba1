package org.selving.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.report.Report.AnswerCount;
import org.selving.report.Report.CommentGroup;
import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Driver;
import org.selving.report.Report.Drivers;
import org.selving.report.Report.Figures;
import org.selving.report.Report.Heatmap;
import org.selving.report.Report.ItemFigures;
import org.selving.report.Report.PromptComments;
import org.selving.report.Report.Rate;
import org.selving.report.Report.RateRow;
import org.selving.report.Report.ResponseRates;
import org.selving.report.Section.Unavailable;
import org.selving.stats.Alpha;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.EnpsSummary;
import org.selving.stats.GroupStatistics;
import org.selving.stats.ItemSummary;
import org.selving.stats.OmegaTotal;
import org.selving.stats.Reason;
import org.selving.stats.RelativeWeights;
import org.selving.stats.Result;
import org.selving.stats.ScaleSummary;
import org.selving.stats.SurveyResult;

/**
 * Computes the figures of one report from a release: the respondents of the report's group go
 * through the statistics engine in one pass ({@link ScopeTabulation}), labelled by node and segment,
 * so that every unit of the heatmap ({@link HeatmapBuilder}) and every segment
 * ({@link SegmentsBuilder}) is a union of those labels. Only cells that the release's
 * {@link Disclosure} shows are computed at all. The change since the previous assessment
 * ({@link ChangeBuilder}) compares the two reports' figures.
 */
final class ReportBuilder {

    /** A dimension or statement by its key, titled in the report's language. */
    record Named(String key, String title) {
    }

    /** Drivers are shown from this many respondents with every dimension and the outcome answered. */
    static final int DRIVERS_MIN_RESPONDENTS = 30;

    private final Release release;
    private final Instrument instrument;
    private final String language;
    private final int scope;
    private final int column;
    private final int level;
    private SurveyResult overall;

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
        ScopeTabulation tabulation = new ScopeTabulation(release, scope, column, level);
        overall = tabulation.overall();
        List<DimensionFigures> dimensions = dimensions();
        HeatmapBuilder heatmaps = new HeatmapBuilder(release, tabulation, scope, column, level, dimensions);
        Section<Heatmap> heatmap = breakdown(heatmaps::heatmap);
        return Disclosed.shown(new Figures(release.respondents.cell(scope, column), overall.overallIndex(), dimensions,
                overall.enps().flatMap(EnpsSummary::overall),
                wholeGroup(this::responseRates), heatmap,
                release.segmentQuestion == null ? Section.unavailable(Unavailable.NO_SEGMENT_QUESTION)
                        : wholeGroup(() -> SegmentsBuilder.segments(release, tabulation, scope, language)),
                ChangeBuilder.change(dimensions, previous), drivers(),
                heatmap.available() ? heatmaps.agreement(heatmap.value())
                        : Section.unavailable(heatmap.unavailable()),
                wholeGroup(this::comments)));
    }

    /**
     * The figures of a live room's screen: the group's scores, shares and answers, and its segments
     * side by side; none of what the screen never shows (reliability, drivers, the sections of units and
     * cycles), which would cost most of the computing at every step of k.
     */
    Disclosed<Figures> roomFigures() {
        Disclosure disclosure = release.disclosure;
        if (!disclosure.shown(scope, column)) {
            return Disclosed.withheld(disclosure.withheld(scope, column));
        }
        ScopeTabulation tabulation = new ScopeTabulation(release, scope, column, level);
        GroupStatistics group = tabulation.union(scope, column, false);
        String notHere = "not computed for a live room: see the assessment's report";
        Result<Alpha> noAlpha = Result.notComputable(Reason.NOT_CONFIGURED, notHere);
        Result<OmegaTotal> noOmega = Result.notComputable(Reason.NOT_CONFIGURED, notHere);
        List<DimensionFigures> dimensions = new ArrayList<>();
        for (int d = 0; d < instrument.dimensions().size(); d++) {
            Dimension dimension = instrument.dimensions().get(d);
            List<Integer> columns = release.shape.columnsOf(d);
            List<ItemSummary> summaries = group.items(d);
            List<ItemFigures> items = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                items.add(item(columns.get(i), summaries.get(i)));
            }
            dimensions.add(new DimensionFigures(dimension.key(), text(dimension.title()), text(dimension.description()),
                    group.score(d), group.answers(d), new Report.Reliability(noAlpha, noOmega,
                            Reading.Reliability.NOT_COMPUTABLE), items));
        }
        Section<Report.Segments> segments = release.segmentQuestion == null
                ? Section.unavailable(Unavailable.NO_SEGMENT_QUESTION)
                : SegmentsBuilder.segments(release, tabulation, scope, language);
        return Disclosed.shown(new Figures(release.respondents.cell(scope, column), group.overallIndex(), dimensions,
                group.enps(), Section.unavailable(Unavailable.LIVE_ROOM), Section.unavailable(Unavailable.LIVE_ROOM),
                segments, Section.unavailable(Unavailable.LIVE_ROOM), Section.unavailable(Unavailable.LIVE_ROOM),
                Section.unavailable(Unavailable.LIVE_ROOM), Section.unavailable(Unavailable.LIVE_ROOM)));
    }

    /** A breakdown by unit: not in an interim release. */
    private <T> Section<T> breakdown(java.util.function.Supplier<Section<T>> section) {
        return release.interim ? Section.unavailable(Unavailable.INTERIM) : section.get();
    }

    /** A part of the report about the group as a whole, not one segment of it. */
    private <T> Section<T> wholeGroup(java.util.function.Supplier<Section<T>> section) {
        return column != Headcount.ALL ? Section.unavailable(Unavailable.SEGMENT_SCOPE) : breakdown(section);
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
        return new RateRow(release.tree.reportedUnitId(node), release.tree.path(node), release.tree.depth(node), issued, used);
    }

    // ---- drivers

    private Section<Drivers> drivers() {
        if (release.shape.outcomeColumn() < 0) {
            return Section.unavailable(Unavailable.NO_OUTCOME);
        }
        List<Named> dimensions = instrument.dimensions().stream().map(d -> new Named(d.key(), text(d.title()))).toList();
        Item outcome = release.shape.items().get(release.shape.outcomeColumn());
        return drivers(overall.drivers().value(), dimensions, outcome.key(), text(outcome.text()));
    }

    /**
     * What the engine found of the drivers of an outcome, in the report's shape: each dimension with
     * its correlation and relative weight, the heaviest first; from {@link #DRIVERS_MIN_RESPONDENTS}.
     *
     * @param dimensions each predictor, in the engine's order
     */
    static Section<Drivers> drivers(org.selving.stats.Drivers drivers, List<Named> dimensions, String outcomeKey,
            String outcomeText) {
        Result<RelativeWeights> weights = drivers.relativeWeights();
        if (!weights.isComputed() || weights.value().n() < DRIVERS_MIN_RESPONDENTS) {
            return Section.unavailable(Unavailable.TOO_FEW_FOR_DRIVERS);
        }
        List<Driver> list = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            list.add(new Driver(dimensions.get(d).key(), dimensions.get(d).title(), drivers.pearson().get(d),
                    weights.value().rescaledWeights().get(d)));
        }
        list.sort(Comparator.comparingDouble((Driver driver) -> -driver.relativeWeight()));
        return Section.of(new Drivers(outcomeKey, outcomeText, weights.value().n(), weights.value().rSquared(), list));
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
                groups.add(new CommentGroup(tree.reportedUnitId(group.anchor()), tree.path(group.anchor()),
                        group.includesOtherUnits(), false, shuffled(comments, 31L * release.assessmentId
                                + group.anchor() + prompt.key().hashCode())));
            }
            for (Release.RoomComments room : release.roomComments.getOrDefault(prompt.key(), List.of())) {
                if (tree.isWithin(room.node(), scope)) {
                    groups.add(new CommentGroup(tree.reportedUnitId(room.node()), tree.path(room.node()), false, true,
                            shuffled(room.comments(), 31L * release.assessmentId - room.node() + prompt.key().hashCode())));
                }
            }
            if (!groups.isEmpty()) {
                prompts.add(new PromptComments(prompt.key(), text(prompt.text()), groups));
            }
        }
        return prompts.isEmpty() ? Section.unavailable(Unavailable.NO_COMMENTS) : Section.of(prompts);
    }

    /**
     * Comments in an order of their own: the stored order says nothing about who wrote what, and a fixed
     * shuffle per group keeps the pages, the JSON and the CSV in one order.
     */
    static List<String> shuffled(List<String> comments, long seed) {
        List<String> shuffled = new ArrayList<>(comments);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }
}
