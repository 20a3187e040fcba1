package org.selving.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;

import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Figures;
import org.selving.report.Report.HeatmapRow;
import org.selving.report.Report.ItemFigures;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.Descriptives;
import org.selving.stats.Interval;
import org.selving.stats.MeanComparison;
import org.selving.stats.Result;
import org.selving.web.Page;

/**
 * The report as the page shows it: the same {@link Report} the JSON API returns, with its numbers
 * written for the reader's language, its readings put into words and its charts drawn. Nothing is
 * computed here that the report does not hold.
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
    private final Map<String, String> dimensionTitles = new HashMap<>();

    ReportView(Page page, Report report, ReportMessages text) {
        this.page = page;
        this.report = report;
        this.text = text;
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

    /** The report of the same assessment for another unit, segment or level, in the same language. */
    private String href(Long unitId, String segment, Integer level) {
        UriBuilder uri = UriBuilder.fromPath("/assessments/{id}/report");
        if (unitId != null) {
            uri.queryParam("unit", unitId);
        }
        if (segment != null) {
            uri.queryParam("segment", segment);
        }
        if (level != null) {
            uri.queryParam("level", level);
        }
        uri.queryParam("lang", page.language());
        return uri.build(report.about().assessmentId()).toString();
    }

    public List<Link> trail() {
        List<Link> trail = new ArrayList<>();
        for (Report.UnitChoice ancestor : report.scope().ancestors()) {
            trail.add(new Link(ancestor.name(), ancestor.shown() ? href(ancestor.unitId(), null, null) : null, false));
        }
        trail.add(new Link(report.scope().unitId() == null ? report.about().organization() : lastName(report.scope().path()),
                null, true));
        return trail;
    }

    private static String lastName(String path) {
        int at = path.lastIndexOf(" / ");
        return at < 0 ? path : path.substring(at + 3);
    }

    public List<Link> segmentLinks() {
        List<Link> links = new ArrayList<>();
        if (report.scope().segments().isEmpty()) {
            return links;
        }
        links.add(new Link(text.segment_everybody(), report.scope().segment() == null ? null
                : href(report.scope().unitId(), null, null), report.scope().segment() == null));
        for (Report.SegmentChoice choice : report.scope().segments()) {
            boolean current = choice.key().equals(report.scope().segment());
            links.add(new Link(choice.label(), current || !choice.shown() ? null
                    : href(report.scope().unitId(), choice.key(), null), current));
        }
        return links;
    }

    public List<Link> levelLinks() {
        List<Link> links = new ArrayList<>();
        for (int level : report.scope().levels()) {
            boolean current = level == report.scope().level();
            links.add(new Link(text.level(level), current ? null
                    : href(report.scope().unitId(), report.scope().segment(), level), current));
        }
        return links;
    }

    private String download(String file) {
        String query = href(report.scope().unitId(), report.scope().segment(), report.scope().level());
        return "/api/assessments/" + report.about().assessmentId() + "/" + file + query.substring(query.indexOf('?'));
    }

    public String jsonHref() {
        return download("report.json");
    }

    public String tablesHref() {
        return download("report.csv");
    }

    public String responsesHref() {
        return "/api/assessments/" + report.about().assessmentId() + "/responses.csv";
    }

    /** How many responses an open assessment needs before it shows figures: 2k (see {@link Release}). */
    public int interimThreshold() {
        return Release.interimThreshold(report.about().minGroupSize());
    }

    public String withheld(Withheld reason) {
        return reason == Withheld.FEWER_THAN_K ? text.withheld_fewer(report.about().minGroupSize())
                : text.withheld_protects();
    }

    // ---- overview

    public String overallIndex() {
        return number(figures().overallIndex(), 0);
    }

    public String respondents() {
        return integer(figures().respondents());
    }

    public String enps() {
        return figures().enps().isComputed() ? signed(figures().enps().value().score(), 0) : text.not_computable();
    }

    public String enpsHint() {
        return figures().enps().isComputed() ? text.enps_hint(signed(figures().enps().value().ci95().lower(), 0),
                signed(figures().enps().value().ci95().upper(), 0)) : "";
    }

    // ---- dimensions

    public List<DimensionRow> dimensions() {
        List<DimensionRow> rows = new ArrayList<>();
        for (DimensionFigures d : figures().dimensions()) {
            Result<Descriptives> score = d.score();
            Result<AnswerDistribution> answers = d.answers();
            var alpha = d.reliability().alpha();
            String reliabilityFigures = alpha.isComputed() && alpha.value().feldtCi95().isComputed()
                    ? text.reliability_figures(number(alpha.value().raw(), 2),
                            number(alpha.value().feldtCi95().value().lower(), 2),
                            number(alpha.value().feldtCi95().value().upper(), 2),
                            number(d.reliability().omega().map(o -> o.omegaTotal()), 2))
                    : "";
            rows.add(new DimensionRow(d.key(), d.title(), d.description(), number(score.map(Descriptives::index), 0),
                    interval(score.flatMap(Descriptives::indexCi95), 0), number(score.map(Descriptives::mean), 2),
                    percent(answers.map(a -> a.favorable().proportion())),
                    percent(answers.map(a -> a.neutral().proportion())),
                    percent(answers.map(a -> a.unfavorable().proportion())),
                    score.isComputed() ? integer(score.value().n()) : "0", reliabilityWords(d.reliability().reading()),
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
                    : option.label()) + ": " + integer(option.count())));
            rows.add(new ItemRow(item.text(), item.reverse(), number(item.descriptives().map(Descriptives::mean), 2),
                    percent(item.keyed().map(a -> a.favorable().proportion())),
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

    private String reliabilityWords(Reading.Reliability reading) {
        return switch (reading) {
            case RELIABLE -> text.reliability_reliable();
            case ACCEPTABLE -> text.reliability_acceptable();
            case USE_WITH_CARE -> text.reliability_use_with_care();
            case UNRELIABLE -> text.reliability_unreliable();
            case NOT_COMPUTABLE -> text.not_computable();
        };
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
                rows.add(new HeatmapTableRow(label, null, false, withheld(row.figures().withheld()), null, List.of(),
                        List.of(), List.of(), List.of()));
                continue;
            }
            var unit = row.figures().value();
            List<String> cells = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            List<String> agreement = new ArrayList<>();
            for (Report.HeatmapCell cell : unit.cells()) {
                cells.add(number(cell.index(), 0));
                texts.add(cell.index().isComputed() && cell.difference().isComputed()
                        ? text.index_difference(number(cell.index().value(), 0), signed(cell.difference().value(), 1),
                                scopeName())
                        : text.not_computable());
                classes.add(ReportCharts.heatClass(cell.difference().isComputed() ? cell.difference().value() : null));
                agreement.add(number(cell.agreement().map(r -> r.rwg()), 2));
            }
            String href = row.others() ? null : href(row.unitId(), report.scope().segment(), null);
            rows.add(new HeatmapTableRow(label, href, row.others(), null, integer(unit.respondents()), cells, texts,
                    classes, agreement));
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

    public String scopeName() {
        return report.scope().segmentLabel() == null ? lastName(report.scope().path())
                : lastName(report.scope().path()) + " (" + report.scope().segmentLabel() + ")";
    }

    public List<AgreementRow> agreement() {
        List<AgreementRow> rows = new ArrayList<>();
        for (Report.UnitAgreement a : figures().agreement().value()) {
            String figures = a.icc().isComputed() ? text.icc_figures(number(a.icc().value().icc1(), 2),
                    number(a.icc().value().icc2(), 2)) : text.not_computable();
            String reading = switch (a.reading()) {
                case UNITS_DIFFER -> text.units_differ();
                case UNITS_DIFFER_LITTLE -> text.units_differ_little();
                case UNIT_AVERAGES_UNSTEADY -> text.unit_averages_unsteady();
                case NOT_COMPUTABLE -> text.not_computable();
            };
            rows.add(new AgreementRow(a.title(), figures, reading));
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
            counts.add(column.figures().shown() ? integer(column.figures().value().respondents())
                    : withheld(column.figures().withheld()));
        }
        rows.add(new SegmentRow(text.respondents(), counts));
        for (int d = 0; d < figures().dimensions().size(); d++) {
            List<String> values = new ArrayList<>();
            for (Report.SegmentColumn column : columns) {
                values.add(column.figures().shown()
                        ? number(column.figures().value().dimensions().get(d).map(Descriptives::index), 0) : "");
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
            rows.add(comparison(change.title(), number(change.before().map(Descriptives::index), 0) + " → "
                    + number(change.now().map(Descriptives::index), 0), change.test(), change.adjustedP(),
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
        String words = switch (reading) {
            case HIGHER -> text.difference_higher();
            case LOWER -> text.difference_lower();
            case NO_CLEAR_DIFFERENCE -> text.difference_none();
            case NOT_COMPUTABLE -> text.not_computable();
        };
        if (!test.isComputed()) {
            return new ComparisonRow(title, compared, "", "", "", "", words);
        }
        MeanComparison c = test.value();
        return new ComparisonRow(title, compared, signed(c.difference(), digits),
                text.interval(signed(c.differenceCi95().lower(), digits), signed(c.differenceCi95().upper(), digits)),
                signed(c.hedgesG(), 2), pValue(adjustedP), words);
    }

    // ---- drivers

    public String driversHint() {
        Report.Drivers drivers = figures().drivers().value();
        return text.drivers_hint(number(drivers.rSquared(), 2), drivers.respondents());
    }

    public List<DriverRow> drivers() {
        List<DriverRow> rows = new ArrayList<>();
        for (Report.Driver driver : figures().drivers().value().drivers()) {
            rows.add(new DriverRow(driver.title(), number(driver.relativeWeight(), 1) + " %",
                    number(driver.correlation().map(c -> c.r()), 2)));
        }
        return rows;
    }

    public String driversChart() {
        List<ReportCharts.Share> rows = new ArrayList<>();
        for (Report.Driver driver : figures().drivers().value().drivers()) {
            rows.add(new ReportCharts.Share(driver.title(), driver.relativeWeight(),
                    number(driver.relativeWeight(), 1) + " %"));
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
            return new RateRow(label, integer(row.issued()), withheld(row.used().withheld()), "");
        }
        return new RateRow(label, integer(row.issued()), integer(row.used().value().used()),
                percent(Result.of(row.used().value().share())));
    }

    public List<CommentPrompt> comments() {
        List<CommentPrompt> prompts = new ArrayList<>();
        for (Report.PromptComments prompt : figures().comments().value()) {
            List<CommentGroup> groups = new ArrayList<>();
            for (Report.CommentGroup group : prompt.groups()) {
                String label = group.unitId() == null ? report.about().organization() : group.path();
                groups.add(new CommentGroup(label, group.includesOtherUnits(), group.comments()));
            }
            prompts.add(new CommentPrompt(prompt.text(), groups));
        }
        return prompts;
    }

    /** Why a part of the report is missing, in words. */
    public String unavailable(Section.Unavailable reason) {
        return switch (reason) {
            case INTERIM -> text.unavailable_interim();
            case NO_SEGMENT_QUESTION -> text.unavailable_no_segment_question();
            case SEGMENT_SCOPE -> text.unavailable_segment_scope();
            case NO_UNITS_BELOW -> text.unavailable_no_units_below();
            case NO_CODES -> text.unavailable_no_codes();
            case NO_PREVIOUS_ASSESSMENT -> text.unavailable_no_previous_assessment();
            case PREVIOUS_WITHHELD -> text.unavailable_previous_withheld();
            case TOO_FEW_FOR_DRIVERS -> text.unavailable_too_few_for_drivers();
            case NO_OUTCOME -> text.unavailable_no_outcome();
            case NO_COMMENTS -> text.unavailable_no_comments();
        };
    }

    // ---- numbers in the reader's language

    private String number(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(page.locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    private String number(Result<Double> value, int digits) {
        return value.isComputed() ? number(value.value(), digits) : "–";
    }

    private String signed(double value, int digits) {
        String text = number(Math.abs(value), digits);
        return value > 0 && !text.equals(number(0, digits)) ? "+" + text
                : value < 0 && !text.equals(number(0, digits)) ? "−" + text : text;
    }

    private String integer(long value) {
        return NumberFormat.getIntegerInstance(page.locale()).format(value);
    }

    private String percent(Result<Double> share) {
        if (!share.isComputed()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(page.locale());
        return format.format(share.value());
    }

    private String interval(Result<Interval> interval, int digits) {
        return interval.isComputed() ? text.interval(number(interval.value().lower(), digits),
                number(interval.value().upper(), digits)) : "";
    }

    private String pValue(Result<Double> p) {
        if (!p.isComputed()) {
            return "";
        }
        return p.value() < 0.001 ? "< " + number(0.001, 3) : number(p.value(), 3);
    }
}
