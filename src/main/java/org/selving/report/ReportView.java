package org.selving.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Figures;
import org.selving.report.Report.HeatmapRow;
import org.selving.report.Report.ItemFigures;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.Descriptives;
import org.selving.stats.Interval;
import org.selving.stats.MeanComparison;
import org.selving.stats.Result;
import org.selving.web.MirrorMessages;
import org.selving.web.Page;

/**
 * The report as the page shows it: the same {@link Report} the JSON API returns, with its numbers
 * written for the reader's language ({@link ReportNumbers}), its readings put into words
 * ({@link ReportWords}), its links ({@link ReportLinks}) and its charts drawn. Nothing is computed
 * here that the report does not hold.
 */
public final class ReportView {

    /** A link of the page's navigation; {@code href} is null for the page itself or a group that is not shown. */
    public record Link(String label, String href, boolean current) {
    }

    public record DimensionRow(String key, String title, String description, String index, String interval,
            String mean, String favorable, String neutral, String unfavorable, String n, String reliability,
            String reliabilityFigures, List<ItemRow> items) {
    }

    public record ItemRow(String text, boolean reverse, String mean, String favorable, String chart,
            List<String> counts) {
    }

    /**
     * @param cells index per dimension, as the chart writes it
     * @param texts index and difference per dimension, as the table writes it
     */
    public record HeatmapTableRow(String label, String href, boolean others, String withheld, String respondents,
            List<String> cells, List<String> texts, List<String> classes, List<String> agreement) {
    }

    public record AgreementRow(String title, String figures, String reading) {
    }

    public record SegmentRow(String title, List<String> values) {
    }

    public record ComparisonRow(String title, String compared, String difference, String interval, String effect,
            String adjustedP, String reading) {
    }

    public record RateRow(String label, String issued, String used, String rate) {
    }

    public record DriverRow(String title, String weight, String correlation) {
    }

    public record CommentGroup(String label, boolean withOthers, List<String> comments) {
    }

    public record CommentPrompt(String text, List<CommentGroup> groups) {
    }

    public final Page page;
    public final Report report;
    private final ReportMessages text;
    private final ReportNumbers numbers;
    private final ReportWords words;
    private final ReportLinks links;
    private final Map<String, String> dimensionTitles = new HashMap<>();
    /** The report's group as outsiders see it ({@code templates/report/withinWithout.html}). */
    public final WithinWithoutView withinWithout;

    ReportView(Page page, Report report, ReportMessages text, MirrorMessages mirrorText) {
        this.page = page;
        this.report = report;
        this.text = text;
        this.numbers = new ReportNumbers(page.locale(), text);
        this.words = new ReportWords(text, mirrorText, report.about().minGroupSize());
        this.withinWithout = new WithinWithoutView(report, mirrorText, text, numbers, words, page.language());
        this.links = new ReportLinks(report, page.language(), text);
        if (report.figures().shown()) {
            report.figures().value().dimensions().forEach(d -> dimensionTitles.put(d.key(), d.title()));
        }
    }

    /** The figures of a report whose figures are shown. */
    public Figures figures() {
        return report.figures().value();
    }

    public String previousTitle() {
        return figures().change().value().previous().title();
    }

    public String outcomeText() {
        return figures().drivers().value().outcomeText();
    }

    // ---- navigation and downloads

    public List<Link> trail() {
        return links.trail();
    }

    public List<Link> segmentLinks() {
        return links.segmentLinks();
    }

    public List<Link> levelLinks() {
        return links.levelLinks();
    }

    public String jsonHref() {
        return links.jsonHref();
    }

    public String tablesHref() {
        return links.tablesHref();
    }

    public String responsesHref() {
        return links.responsesHref();
    }

    /** How many responses an open assessment needs before it shows figures: 2k (see {@link Release}). */
    public int interimThreshold() {
        return Release.interimThreshold(report.about().minGroupSize());
    }

    // ---- overview

    public String overallIndex() {
        return numbers.number(figures().overallIndex(), 0);
    }

    public String respondents() {
        return numbers.integer(figures().respondents());
    }

    public String enps() {
        return figures().enps().isComputed() ? numbers.signed(figures().enps().value().score(), 0)
                : text.not_computable();
    }

    public String enpsHint() {
        return figures().enps().isComputed() ? text.enps_hint(numbers.signed(figures().enps().value().ci95().lower(), 0),
                numbers.signed(figures().enps().value().ci95().upper(), 0)) : "";
    }

    // ---- dimensions

    public List<DimensionRow> dimensions() {
        List<DimensionRow> rows = new ArrayList<>();
        for (DimensionFigures d : figures().dimensions()) {
            Result<Descriptives> score = d.score();
            Result<AnswerDistribution> answers = d.answers();
            var alpha = d.reliability().alpha();
            String reliabilityFigures = alpha.isComputed() && alpha.value().feldtCi95().isComputed()
                    ? text.reliability_figures(numbers.number(alpha.value().raw(), 2),
                            numbers.number(alpha.value().feldtCi95().value().lower(), 2),
                            numbers.number(alpha.value().feldtCi95().value().upper(), 2),
                            numbers.number(d.reliability().omega().map(o -> o.omegaTotal()), 2))
                    : "";
            rows.add(new DimensionRow(d.key(), d.title(), d.description(),
                    numbers.number(score.map(Descriptives::index), 0),
                    numbers.interval(score.flatMap(Descriptives::indexCi95), 0),
                    numbers.number(score.map(Descriptives::mean), 2),
                    numbers.percent(answers.map(a -> a.favorable().proportion())),
                    numbers.percent(answers.map(a -> a.neutral().proportion())),
                    numbers.percent(answers.map(a -> a.unfavorable().proportion())),
                    score.isComputed() ? numbers.integer(score.value().n()) : "0",
                    words.reliability(d.reliability().reading()),
                    reliabilityFigures, items(d)));
        }
        return rows;
    }

    private List<ItemRow> items(DimensionFigures dimension) {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemFigures item : dimension.items()) {
            // least favorable first: as answered for a positive item, turned round for a reversed one
            long[] counts = new long[item.asAnswered().size()];
            List<String> labels = new ArrayList<>();
            for (int o = 0; o < counts.length; o++) {
                var option = item.asAnswered().get(item.reverse() ? counts.length - 1 - o : o);
                counts[o] = option.count();
            }
            item.asAnswered().forEach(option -> labels.add((option.label().isEmpty() ? option.value() + ""
                    : option.label()) + ": " + numbers.integer(option.count())));
            rows.add(new ItemRow(item.text(), item.reverse(),
                    numbers.number(item.descriptives().map(Descriptives::mean), 2),
                    numbers.percent(item.keyed().map(a -> a.favorable().proportion())),
                    ReportCharts.distribution(String.join(", ", labels), counts), labels));
        }
        return rows;
    }

    public String dimensionsChart() {
        List<ReportCharts.IndexBar> bars = new ArrayList<>();
        for (DimensionFigures d : figures().dimensions()) {
            if (d.score().isComputed()) {
                Descriptives s = d.score().value();
                Interval ci = s.indexCi95().orElse(null);
                bars.add(new ReportCharts.IndexBar(d.title(), s.index(), ci == null ? null : ci.lower(),
                        ci == null ? null : ci.upper()));
            }
        }
        return ReportCharts.indexBars("dimensions-chart", text.chart_dimensions_title(), text.chart_dimensions_desc(), bars);
    }

    // ---- heatmap and agreement

    public List<String> heatmapColumns() {
        return figures().heatmap().value().dimensions().stream().map(dimensionTitles::get).toList();
    }

    public List<HeatmapTableRow> heatmapRows() {
        List<HeatmapTableRow> rows = new ArrayList<>();
        for (HeatmapRow row : figures().heatmap().value().rows()) {
            String label = row.others() ? text.others_in(lastName(row.path())) : row.path();
            if (!row.figures().shown()) {
                rows.add(new HeatmapTableRow(label, null, false, words.withheld(row.figures().withheld()), null,
                        List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            var unit = row.figures().value();
            List<String> cells = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            List<String> agreement = new ArrayList<>();
            for (Report.HeatmapCell cell : unit.cells()) {
                cells.add(numbers.number(cell.index(), 0));
                texts.add(cell.index().isComputed() && cell.difference().isComputed()
                        ? text.index_difference(numbers.number(cell.index().value(), 0),
                                numbers.signed(cell.difference().value(), 1), scopeName())
                        : text.not_computable());
                classes.add(ReportCharts.heatClass(cell.difference().isComputed() ? cell.difference().value() : null));
                agreement.add(numbers.number(cell.agreement().map(r -> r.rwg()), 2));
            }
            String href = row.others() ? null : links.href(row.unitId(), report.scope().segment(), null);
            rows.add(new HeatmapTableRow(label, href, row.others(), null, numbers.integer(unit.respondents()), cells,
                    texts, classes, agreement));
        }
        return rows;
    }

    public String heatmapChart() {
        List<ReportCharts.HeatRow> rows = new ArrayList<>();
        for (HeatmapTableRow row : heatmapRows()) {
            rows.add(new ReportCharts.HeatRow(row.label(), row.cells(), row.classes(), row.withheld()));
        }
        return ReportCharts.heatmap("heatmap-chart", text.chart_heatmap_title(scopeName()), text.chart_heatmap_desc(),
                heatmapColumns(), rows);
    }

    /** The last name of a unit's path ({@code Operations / Warehouse} gives {@code Warehouse}). */
    static String lastName(String path) {
        int at = path.lastIndexOf(" / ");
        return at < 0 ? path : path.substring(at + 3);
    }

    public String scopeName() {
        return report.scope().segmentLabel() == null ? lastName(report.scope().path())
                : lastName(report.scope().path()) + " (" + report.scope().segmentLabel() + ")";
    }

    public List<AgreementRow> agreement() {
        List<AgreementRow> rows = new ArrayList<>();
        for (Report.UnitAgreement a : figures().agreement().value()) {
            String figures = a.icc().isComputed() ? text.icc_figures(numbers.number(a.icc().value().icc1(), 2),
                    numbers.number(a.icc().value().icc2(), 2)) : text.not_computable();
            rows.add(new AgreementRow(a.title(), figures, words.unitDifferences(a.reading())));
        }
        return rows;
    }

    // ---- segments

    public List<String> segmentColumns() {
        return figures().segments().value().columns().stream().map(Report.SegmentColumn::label).toList();
    }

    public List<SegmentRow> segmentRows() {
        List<SegmentRow> rows = new ArrayList<>();
        List<Report.SegmentColumn> columns = figures().segments().value().columns();
        List<String> counts = new ArrayList<>();
        for (Report.SegmentColumn column : columns) {
            counts.add(column.figures().shown() ? numbers.integer(column.figures().value().respondents())
                    : words.withheld(column.figures().withheld()));
        }
        rows.add(new SegmentRow(text.respondents(), counts));
        for (int d = 0; d < figures().dimensions().size(); d++) {
            List<String> values = new ArrayList<>();
            for (Report.SegmentColumn column : columns) {
                values.add(column.figures().shown()
                        ? numbers.number(column.figures().value().dimensions().get(d).map(Descriptives::index), 0) : "");
            }
            rows.add(new SegmentRow(figures().dimensions().get(d).title(), values));
        }
        return rows;
    }

    public List<ComparisonRow> gaps() {
        Map<String, String> labels = new HashMap<>();
        figures().segments().value().columns().forEach(c -> labels.put(c.key(), c.label()));
        List<ComparisonRow> rows = new ArrayList<>();
        for (Report.SegmentGap gap : figures().segments().value().gaps()) {
            rows.add(comparison(dimensionTitles.get(gap.dimension()),
                    labels.get(gap.segmentA()) + " / " + labels.get(gap.segmentB()), gap.test(), gap.adjustedP(),
                    gap.reading(), 1));
        }
        return rows;
    }

    // ---- change

    public List<ComparisonRow> changes() {
        List<ComparisonRow> rows = new ArrayList<>();
        for (Report.DimensionChange change : figures().change().value().dimensions()) {
            rows.add(comparison(change.title(), numbers.number(change.before().map(Descriptives::index), 0) + " → "
                    + numbers.number(change.now().map(Descriptives::index), 0), change.test(), change.adjustedP(),
                    change.reading(), 2));
        }
        return rows;
    }

    public List<ComparisonRow> changedItems() {
        List<ComparisonRow> rows = new ArrayList<>();
        for (Report.ItemChange change : figures().change().value().mostChangedItems()) {
            rows.add(comparison(change.text(), dimensionTitles.get(change.dimension()), change.test(),
                    change.adjustedP(), change.reading(), 2));
        }
        return rows;
    }

    public String trendChart() {
        List<ReportCharts.Trend> rows = new ArrayList<>();
        for (Report.DimensionChange change : figures().change().value().dimensions()) {
            if (change.now().isComputed() && change.before().isComputed()) {
                Interval ci = change.now().value().indexCi95().orElse(null);
                rows.add(new ReportCharts.Trend(change.title(), change.before().value().index(),
                        change.now().value().index(), ci == null ? null : ci.lower(), ci == null ? null : ci.upper()));
            }
        }
        return ReportCharts.trend("trend-chart", text.chart_trend_title(), text.chart_trend_desc(), rows);
    }

    private ComparisonRow comparison(String title, String compared, Result<MeanComparison> test,
            Result<Double> adjustedP, Reading.Difference reading, int digits) {
        String difference = words.difference(reading);
        if (!test.isComputed()) {
            return new ComparisonRow(title, compared, "", "", "", "", difference);
        }
        MeanComparison c = test.value();
        return new ComparisonRow(title, compared, numbers.signed(c.difference(), digits),
                text.interval(numbers.signed(c.differenceCi95().lower(), digits),
                        numbers.signed(c.differenceCi95().upper(), digits)),
                numbers.signed(c.hedgesG(), 2), numbers.pValue(adjustedP), difference);
    }

    // ---- drivers

    public String driversHint() {
        Report.Drivers drivers = figures().drivers().value();
        return text.drivers_hint(numbers.number(drivers.rSquared(), 2), drivers.respondents());
    }

    public List<DriverRow> drivers() {
        List<DriverRow> rows = new ArrayList<>();
        for (Report.Driver driver : figures().drivers().value().drivers()) {
            rows.add(new DriverRow(driver.title(), numbers.number(driver.relativeWeight(), 1) + " %",
                    numbers.number(driver.correlation().map(c -> c.r()), 2)));
        }
        return rows;
    }

    public String driversChart() {
        List<ReportCharts.Share> rows = new ArrayList<>();
        for (Report.Driver driver : figures().drivers().value().drivers()) {
            rows.add(new ReportCharts.Share(driver.title(), driver.relativeWeight(),
                    numbers.number(driver.relativeWeight(), 1) + " %"));
        }
        return ReportCharts.shares("drivers-chart", text.chart_drivers_title(), text.chart_drivers_desc(), rows);
    }

    // ---- response rates and comments

    public List<RateRow> rates() {
        List<RateRow> rows = new ArrayList<>();
        Report.ResponseRates rates = figures().responseRates().value();
        rows.add(rate(rates.total(), true));
        rates.units().forEach(row -> rows.add(rate(row, false)));
        return rows;
    }

    private RateRow rate(Report.RateRow row, boolean total) {
        String label = total ? lastName(row.path()) : row.path();
        if (!row.used().shown()) {
            return new RateRow(label, numbers.integer(row.issued()), words.withheld(row.used().withheld()), "");
        }
        return new RateRow(label, numbers.integer(row.issued()), numbers.integer(row.used().value().used()),
                numbers.percent(Result.of(row.used().value().share())));
    }

    public List<CommentPrompt> comments() {
        List<CommentPrompt> prompts = new ArrayList<>();
        for (Report.PromptComments prompt : figures().comments().value()) {
            List<CommentGroup> groups = new ArrayList<>();
            for (Report.CommentGroup group : prompt.groups()) {
                String label = group.unitId() == null ? report.about().organization() : group.path();
                if (group.liveSession()) {
                    label = text.comments_live_session(label);
                }
                groups.add(new CommentGroup(label, group.includesOtherUnits(), group.comments()));
            }
            prompts.add(new CommentPrompt(prompt.text(), groups));
        }
        return prompts;
    }

    /** Why a part of the report is missing, in words. */
    public String unavailable(Section.Unavailable reason) {
        return words.unavailable(reason);
    }
}
