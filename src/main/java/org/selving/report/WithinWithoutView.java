package org.selving.report;

import java.util.ArrayList;
import java.util.List;

import org.selving.report.WithinWithout.DimensionGap;
import org.selving.report.WithinWithout.ItemGap;
import org.selving.report.WithinWithout.UnitPoint;
import org.selving.stats.Correlation;
import org.selving.stats.Descriptives;
import org.selving.stats.Interval;
import org.selving.stats.MirrorGap;
import org.selving.stats.Result;
import org.selving.web.MirrorMessages;

/**
 * The within/without section as the report page shows it ({@code templates/report/withinWithout.html}):
 * the same {@link WithinWithout} the JSON holds, its numbers written for the reader's language, its
 * readings in plain words, its charts drawn. Nothing is computed here that the section does not hold.
 */
public final class WithinWithoutView {

    /** One dimension or statement: inside and outside, the gap and how sure it is. */
    public record GapRow(String title, String insideText, String inside, String outside, String gap, String interval,
            String effect, String adjustedP, String reading) {
    }

    public record SegmentRow(String label, String respondents, List<String> values) {
    }

    public record UnitRow(String number, String label, String staff, String inside, String outsiders, String outside) {
    }

    private final Report report;
    private final Section<WithinWithout> section;
    private final MirrorMessages text;
    private final ReportMessages reportText;
    private final ReportNumbers numbers;
    private final ReportWords words;
    private final String language;

    WithinWithoutView(Report report, MirrorMessages text, ReportMessages reportText, ReportNumbers numbers,
            ReportWords words, String language) {
        this.report = report;
        this.section = report.withinWithout();
        this.text = text;
        this.reportText = reportText;
        this.numbers = numbers;
        this.words = words;
        this.language = language;
    }

    public boolean available() {
        return section.available();
    }

    private WithinWithout value() {
        return section.value();
    }

    /** Why there is nothing to show. */
    public String unavailable() {
        return words.unavailable(section.unavailable());
    }

    public String lead() {
        return text.section_lead(value().mirror().title(), numbers.integer(value().staff()),
                numbers.integer(value().outsiders()));
    }

    public boolean interim() {
        return value().mirror().interim();
    }

    public String interimNote() {
        return text.section_interim(numbers.integer(value().mirror().responses()));
    }

    /** The mirror's own report of the same unit, in the same language. */
    public String mirrorHref() {
        Long unit = report.scope().unitId();
        return "/assessments/" + value().mirror().assessmentId() + "/report?" + (unit == null ? "" : "unit=" + unit + "&")
                + "lang=" + language;
    }

    public String insideIndex() {
        return numbers.number(value().insideIndex(), 0);
    }

    public String outsideIndex() {
        return numbers.number(value().outsideIndex(), 0);
    }

    // ---- readings

    /** The section in a few sentences: where the views part, how units line up, what drives the outward view. */
    public List<String> readings() {
        WithinWithout.Summary summary = value().summary();
        int total = value().dimensions().size();
        List<String> readings = new ArrayList<>();
        if (summary.seenBetterInside() > 0) {
            readings.add(text.reading_better_inside(summary.seenBetterInside(), total));
        }
        if (summary.seenBetterOutside() > 0) {
            readings.add(text.reading_better_outside(summary.seenBetterOutside(), total));
        }
        if (summary.seenBetterInside() + summary.seenBetterOutside() == 0) {
            readings.add(text.reading_no_clear_gap(total));
        }
        value().dimensions().stream().filter(d -> d.key().equals(summary.largestGap())).findFirst().ifPresent(d ->
                readings.add(text.reading_largest_gap(d.title(), numbers.number(d.gap().value().insideIndex(), 0),
                        numbers.number(d.gap().value().outsideIndex(), 0))));
        if (value().units().available()) {
            readings.add(unitsReading());
        }
        if (value().drivers().available() && summary.topDriver() != null) {
            Report.Drivers drivers = value().drivers().value();
            Report.Driver top = drivers.drivers().get(0);
            readings.add(text.reading_top_driver(top.title(), drivers.outcomeText(),
                    numbers.number(top.relativeWeight(), 0) + " %", numbers.number(drivers.rSquared(), 2)));
        }
        return readings;
    }

    private String unitsReading() {
        WithinWithout.UnitRelation units = value().units().value();
        Result<Correlation> r = units.correlation();
        if (!r.isComputed()) {
            return text.reading_units_not_computable(units.points().size());
        }
        String figures = text.correlation_figures(numbers.signed(r.value().r(), 2), numbers.pValue(Result.of(r.value().p())));
        String n = numbers.integer(units.points().size());
        String sentence = switch (units.reading()) {
            case STRONG -> text.reading_units_strong(n, figures);
            case MODERATE -> text.reading_units_moderate(n, figures);
            case WEAK -> text.reading_units_weak(n, figures);
            case NONE -> text.reading_units_none(n, figures);
            case OPPOSITE -> text.reading_units_opposite(n, figures);
            case NOT_COMPUTABLE -> text.reading_units_not_computable(units.points().size());
        };
        boolean chance = units.reading() != Reading.Relation.NONE && r.value().p() >= Reading.SIGNIFICANT;
        return sentence + (chance ? " " + text.reading_units_chance() : "")
                + (units.fewUnits() ? " " + text.reading_units_few(n) : "");
    }

    // ---- dimensions and statements

    public String chart() {
        List<ReportCharts.PairedBar> bars = new ArrayList<>();
        for (DimensionGap d : value().dimensions()) {
            if (d.inside().isComputed() && d.outside().isComputed()) {
                Descriptives in = d.inside().value();
                Descriptives out = d.outside().value();
                Interval inCi = in.indexCi95().orElse(null);
                Interval outCi = out.indexCi95().orElse(null);
                bars.add(new ReportCharts.PairedBar(d.title(), in.index(), inCi == null ? null : inCi.lower(),
                        inCi == null ? null : inCi.upper(), out.index(), outCi == null ? null : outCi.lower(),
                        outCi == null ? null : outCi.upper()));
            }
        }
        return ReportCharts.pairedBars("within-without-chart", text.chart_title(), text.chart_desc(), text.inside(),
                text.outside(), bars);
    }

    public List<GapRow> dimensions() {
        return value().dimensions().stream().map(d -> row(d.title(), null, d.inside(), d.outside(), d.gap(),
                d.adjustedP(), d.reading())).toList();
    }

    public List<GapRow> items() {
        return value().items().stream().map(i -> row(i.text(), i.insideText(), i.inside(), i.outside(), i.gap(),
                i.adjustedP(), i.reading())).toList();
    }

    private GapRow row(String title, String insideText, Result<Descriptives> inside, Result<Descriptives> outside,
            Result<MirrorGap> gap, Result<Double> adjustedP, Reading.Difference reading) {
        String in = numbers.number(inside.map(Descriptives::index), 0);
        String out = numbers.number(outside.map(Descriptives::index), 0);
        if (!gap.isComputed()) {
            return new GapRow(title, insideText, in, out, "", "", "", "", reportText.not_computable());
        }
        MirrorGap g = gap.value();
        return new GapRow(title, insideText, in, out, numbers.signed(g.gap(), 0),
                reportText.interval(numbers.signed(g.gapCi95().lower(), 0), numbers.signed(g.gapCi95().upper(), 0)),
                numbers.signed(g.test().hedgesG(), 2), numbers.pValue(adjustedP), gapReading(reading));
    }

    private String gapReading(Reading.Difference reading) {
        return switch (reading) {
            case HIGHER -> text.gap_higher_inside();
            case LOWER -> text.gap_higher_outside();
            case NO_CLEAR_DIFFERENCE -> reportText.difference_none();
            case NOT_COMPUTABLE -> reportText.not_computable();
        };
    }

    // ---- outsiders' segments

    public boolean segmentsAvailable() {
        return value().segments().available();
    }

    public String segmentsUnavailable() {
        return words.unavailable(value().segments().unavailable());
    }

    public List<String> segmentColumns() {
        return value().dimensions().stream().map(DimensionGap::title).toList();
    }

    public List<SegmentRow> segments() {
        List<SegmentRow> rows = new ArrayList<>();
        for (Report.SegmentColumn segment : value().segments().value()) {
            if (!segment.figures().shown()) {
                rows.add(new SegmentRow(segment.label(), words.withheld(segment.figures().withheld()), List.of()));
                continue;
            }
            List<String> values = segment.figures().value().dimensions().stream()
                    .map(score -> numbers.number(score.map(Descriptives::index), 0)).toList();
            rows.add(new SegmentRow(segment.label(), numbers.integer(segment.figures().value().respondents()), values));
        }
        return rows;
    }

    // ---- units

    public boolean unitsAvailable() {
        return value().units().available();
    }

    public String unitsUnavailable() {
        return words.unavailable(value().units().unavailable());
    }

    public List<UnitRow> units() {
        List<UnitRow> rows = new ArrayList<>();
        List<UnitPoint> points = value().units().value().points();
        for (int i = 0; i < points.size(); i++) {
            UnitPoint p = points.get(i);
            rows.add(new UnitRow(String.valueOf(i + 1), p.path(), numbers.integer(p.staff()),
                    numbers.number(p.insideIndex(), 0), numbers.integer(p.outsiders()), numbers.number(p.outsideIndex(), 0)));
        }
        return rows;
    }

    public String unitsChart() {
        List<ReportCharts.Point> points = value().units().value().points().stream()
                .map(p -> new ReportCharts.Point(p.path(), p.insideIndex(), p.outsideIndex())).toList();
        return ReportCharts.scatter("within-without-units", text.units_chart_title(), text.units_chart_desc(),
                text.units_axis_inside(), text.units_axis_outside(), points);
    }

    public String unitsReadingText() {
        return unitsReading();
    }

    // ---- drivers of the outward dimension

    public boolean driversAvailable() {
        return value().drivers().available();
    }

    public String driversUnavailable() {
        return words.unavailable(value().drivers().unavailable());
    }

    public String driversHeading() {
        return text.drivers_heading(value().drivers().value().outcomeText());
    }

    public String driversHint() {
        Report.Drivers drivers = value().drivers().value();
        return reportText.drivers_hint(numbers.number(drivers.rSquared(), 2), drivers.respondents());
    }

    public List<ReportView.DriverRow> drivers() {
        return value().drivers().value().drivers().stream().map(d -> new ReportView.DriverRow(d.title(),
                numbers.number(d.relativeWeight(), 1) + " %", numbers.number(d.correlation().map(c -> c.r()), 2))).toList();
    }

    public String driversChart() {
        List<ReportCharts.Share> rows = value().drivers().value().drivers().stream()
                .map(d -> new ReportCharts.Share(d.title(), d.relativeWeight(), numbers.number(d.relativeWeight(), 1) + " %"))
                .toList();
        return ReportCharts.shares("within-without-drivers", text.drivers_chart_title(), reportText.chart_drivers_desc(),
                rows);
    }
}
