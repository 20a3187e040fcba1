package org.selving.report;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selving.report.Report.AnswerCount;
import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Figures;
import org.selving.report.Report.HeatmapCell;
import org.selving.report.Report.HeatmapRow;
import org.selving.report.Report.ItemFigures;
import org.selving.report.Report.RateRow;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.Descriptives;
import org.selving.stats.MeanComparison;
import org.selving.stats.MirrorGap;
import org.selving.stats.Result;

/**
 * The report's tables as one CSV in long form, one figure per line (section, unit, segment,
 * dimension, item, statistic, value), ready for a pivot table or R. Written from the same
 * {@link Report} as the JSON and the pages, so it holds exactly their figures; a withheld group has
 * one line saying so and nothing else. Statistics that cannot be computed are left out.
 */
final class ReportCsv {

    static final List<String> HEADER = List.of("section", "unit", "segment", "dimension", "item", "statistic", "value");

    private final CSVPrinter out;
    private final Report report;

    private ReportCsv(CSVPrinter out, Report report) {
        this.out = out;
        this.report = report;
    }

    static void write(Report report, Appendable target) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(target);
        new ReportCsv(printer, report).write();
        printer.flush();
    }

    private void write() throws IOException {
        String scope = report.scope().path();
        String segment = report.scope().segment() == null ? "" : report.scope().segment();
        line("report", scope, segment, "", "", "interim", report.basis().interim());
        line("report", scope, segment, "", "", "responses_in_release", report.basis().responses());
        if (!report.figures().shown()) {
            withheld("report", scope, segment, "", report.figures().withheld());
            return;
        }
        Figures figures = report.figures().value();
        line("report", scope, segment, "", "", "respondents", figures.respondents());
        number("report", scope, segment, "", "", "overall_index", figures.overallIndex());
        if (figures.enps().isComputed()) {
            var enps = figures.enps().value();
            line("enps", scope, segment, "", "", "enps", enps.score());
            line("enps", scope, segment, "", "", "enps_ci_lower", enps.ci95().lower());
            line("enps", scope, segment, "", "", "enps_ci_upper", enps.ci95().upper());
            line("enps", scope, segment, "", "", "promoters", enps.promoters());
            line("enps", scope, segment, "", "", "passives", enps.passives());
            line("enps", scope, segment, "", "", "detractors", enps.detractors());
        }
        for (DimensionFigures d : figures.dimensions()) {
            descriptives("dimension", scope, segment, d.key(), "", d.score());
            shares("dimension", scope, segment, d.key(), "", d.answers());
            if (d.reliability().alpha().isComputed()) {
                var alpha = d.reliability().alpha().value();
                line("dimension", scope, segment, d.key(), "", "alpha", alpha.raw());
                interval("dimension", scope, segment, d.key(), "", "alpha_ci", alpha.feldtCi95());
            }
            number("dimension", scope, segment, d.key(), "", "omega_total",
                    d.reliability().omega().map(o -> o.omegaTotal()));
            line("dimension", scope, segment, d.key(), "", "reliability", d.reliability().reading());
            for (ItemFigures item : d.items()) {
                descriptives("item", scope, segment, d.key(), item.key(), item.descriptives());
                shares("item", scope, segment, d.key(), item.key(), item.keyed());
                for (AnswerCount count : item.asAnswered()) {
                    line("item", scope, segment, d.key(), item.key(), "answered_" + count.value(), count.count());
                }
            }
        }
        if (figures.responseRates().available()) {
            var rates = figures.responseRates().value();
            rate(rates.total());
            for (RateRow row : rates.units()) {
                rate(row);
            }
        }
        if (figures.heatmap().available()) {
            heatmap(figures.heatmap().value(), segment);
        }
        if (figures.agreement().available()) {
            for (var agreement : figures.agreement().value()) {
                if (agreement.icc().isComputed()) {
                    line("agreement", scope, segment, agreement.dimension(), "", "icc1", agreement.icc().value().icc1());
                    line("agreement", scope, segment, agreement.dimension(), "", "icc2", agreement.icc().value().icc2());
                }
                line("agreement", scope, segment, agreement.dimension(), "", "reading", agreement.reading());
            }
        }
        if (figures.segments().available()) {
            segments(figures.segments().value(), scope);
        }
        if (figures.change().available()) {
            change(figures.change().value(), scope, segment);
        }
        if (figures.drivers().available()) {
            var drivers = figures.drivers().value();
            line("drivers", scope, segment, "", drivers.outcome(), "respondents", drivers.respondents());
            line("drivers", scope, segment, "", drivers.outcome(), "r_squared", drivers.rSquared());
            for (var driver : drivers.drivers()) {
                line("drivers", scope, segment, driver.dimension(), drivers.outcome(), "relative_weight_percent",
                        driver.relativeWeight());
                number("drivers", scope, segment, driver.dimension(), drivers.outcome(), "r",
                        driver.correlation().map(c -> c.r()));
                number("drivers", scope, segment, driver.dimension(), drivers.outcome(), "r_p",
                        driver.correlation().map(c -> c.p()));
            }
        }
        withinWithout(scope, segment);
        if (figures.comments().available()) {
            for (var prompt : figures.comments().value()) {
                for (var group : prompt.groups()) {
                    for (String comment : group.comments()) {
                        line("comment", group.path(), "", "", prompt.prompt(), "comment", comment);
                    }
                }
            }
        }
    }

    /**
     * The within/without section: for each mirror dimension and statement, the staff's side
     * ({@code within_without_inside}), the outsiders' ({@code within_without_outside}) and the gap
     * ({@code within_without_gap}, in index points and as Welch's test); the outsiders' segments, the
     * units side by side and the drivers of the outward dimension.
     */
    private void withinWithout(String scope, String segment) throws IOException {
        Section<WithinWithout> section = report.withinWithout();
        if (!section.available()) {
            line("within_without", scope, segment, "", "", "unavailable", section.unavailable());
            return;
        }
        WithinWithout ww = section.value();
        line("within_without", scope, segment, "", "", "mirror_assessment", ww.mirror().assessmentId());
        line("within_without", scope, segment, "", "", "mirror_interim", ww.mirror().interim());
        line("within_without", scope, segment, "", "", "staff", ww.staff());
        line("within_without", scope, segment, "", "", "outsiders", ww.outsiders());
        number("within_without", scope, segment, "", "", "inside_index", ww.insideIndex());
        number("within_without", scope, segment, "", "", "outside_index", ww.outsideIndex());
        for (WithinWithout.DimensionGap d : ww.dimensions()) {
            gap(scope, segment, d.key(), "", d.inside(), d.outside(), d.gap(), d.adjustedP(), d.reading());
        }
        for (WithinWithout.ItemGap item : ww.items()) {
            line("within_without_gap", scope, segment, item.dimension(), item.key(), "pairs_with", item.insideKey());
            gap(scope, segment, item.dimension(), item.key(), item.inside(), item.outside(), item.gap(), item.adjustedP(),
                    item.reading());
        }
        if (ww.segments().available()) {
            for (Report.SegmentColumn column : ww.segments().value()) {
                if (!column.figures().shown()) {
                    withheld("within_without_segment", scope, column.key(), "", column.figures().withheld());
                    continue;
                }
                line("within_without_segment", scope, column.key(), "", "", "outsiders", column.figures().value().respondents());
                for (int d = 0; d < ww.dimensions().size(); d++) {
                    number("within_without_segment", scope, column.key(), ww.dimensions().get(d).key(), "", "index",
                            column.figures().value().dimensions().get(d).map(Descriptives::index));
                }
            }
        }
        if (ww.units().available()) {
            WithinWithout.UnitRelation units = ww.units().value();
            for (WithinWithout.UnitPoint point : units.points()) {
                line("within_without_unit", point.path(), segment, "", "", "staff", point.staff());
                line("within_without_unit", point.path(), segment, "", "", "inside_index", point.insideIndex());
                line("within_without_unit", point.path(), segment, "", "", "outsiders", point.outsiders());
                line("within_without_unit", point.path(), segment, "", "", "outside_index", point.outsideIndex());
            }
            line("within_without_units", scope, segment, "", "", "units", units.points().size());
            if (units.correlation().isComputed()) {
                line("within_without_units", scope, segment, "", "", "r", units.correlation().value().r());
                line("within_without_units", scope, segment, "", "", "r_p", units.correlation().value().p());
            }
            line("within_without_units", scope, segment, "", "", "reading", units.reading());
        }
        if (ww.drivers().available()) {
            Report.Drivers drivers = ww.drivers().value();
            line("within_without_drivers", scope, segment, "", drivers.outcome(), "respondents", drivers.respondents());
            line("within_without_drivers", scope, segment, "", drivers.outcome(), "r_squared", drivers.rSquared());
            for (Report.Driver driver : drivers.drivers()) {
                line("within_without_drivers", scope, segment, driver.dimension(), drivers.outcome(),
                        "relative_weight_percent", driver.relativeWeight());
                number("within_without_drivers", scope, segment, driver.dimension(), drivers.outcome(), "r",
                        driver.correlation().map(c -> c.r()));
            }
        }
    }

    private void gap(String scope, String segment, String dimension, String item, Result<Descriptives> inside,
            Result<Descriptives> outside, Result<MirrorGap> gap, Result<Double> adjustedP, Reading.Difference reading)
            throws IOException {
        descriptives("within_without_inside", scope, segment, dimension, item, inside);
        descriptives("within_without_outside", scope, segment, dimension, item, outside);
        if (gap.isComputed()) {
            line("within_without_gap", scope, segment, dimension, item, "gap_points", gap.value().gap());
            interval("within_without_gap", scope, segment, dimension, item, "gap_points_ci",
                    Result.of(gap.value().gapCi95()));
        }
        comparison("within_without_gap", scope, segment, dimension, item, gap.map(MirrorGap::test), adjustedP);
        line("within_without_gap", scope, segment, dimension, item, "reading", reading);
    }

    private void heatmap(Report.Heatmap heatmap, String segment) throws IOException {
        for (HeatmapRow row : heatmap.rows()) {
            String unit = row.others() ? row.path() + " (others)" : row.path();
            if (!row.figures().shown()) {
                withheld("heatmap", unit, segment, "", row.figures().withheld());
                continue;
            }
            var figures = row.figures().value();
            line("heatmap", unit, segment, "", "", "respondents", figures.respondents());
            number("heatmap", unit, segment, "", "", "overall_index", figures.overallIndex());
            for (HeatmapCell cell : figures.cells()) {
                number("heatmap", unit, segment, cell.dimension(), "", "index", cell.index());
                line("heatmap", unit, segment, cell.dimension(), "", "n", cell.n());
                number("heatmap", unit, segment, cell.dimension(), "", "difference", cell.difference());
                number("heatmap", unit, segment, cell.dimension(), "", "rwg", cell.agreement().map(r -> r.rwg()));
            }
        }
    }

    private void segments(Report.Segments segments, String scope) throws IOException {
        for (var column : segments.columns()) {
            if (!column.figures().shown()) {
                withheld("segment", scope, column.key(), "", column.figures().withheld());
                continue;
            }
            line("segment", scope, column.key(), "", "", "respondents", column.figures().value().respondents());
            List<Result<Descriptives>> scores = column.figures().value().dimensions();
            for (int d = 0; d < scores.size(); d++) {
                descriptives("segment", scope, column.key(), report.figures().value().dimensions().get(d).key(), "",
                        scores.get(d));
            }
        }
        for (var gap : segments.gaps()) {
            comparison("segment_gap", scope, gap.segmentA() + " vs " + gap.segmentB(), gap.dimension(), "", gap.test(),
                    gap.adjustedP());
            line("segment_gap", scope, gap.segmentA() + " vs " + gap.segmentB(), gap.dimension(), "", "reading",
                    gap.reading());
        }
    }

    private void change(Report.Change change, String scope, String segment) throws IOException {
        line("change", scope, segment, "", "", "previous_assessment", change.previous().assessmentId());
        line("change", scope, segment, "", "", "previous_respondents", change.previous().respondents());
        for (var d : change.dimensions()) {
            comparison("change", scope, segment, d.key(), "", d.test(), d.adjustedP());
            line("change", scope, segment, d.key(), "", "reading", d.reading());
        }
        for (var item : change.mostChangedItems()) {
            comparison("change_item", scope, segment, item.dimension(), item.key(), item.test(), item.adjustedP());
            line("change_item", scope, segment, item.dimension(), item.key(), "reading", item.reading());
        }
    }

    private void rate(RateRow row) throws IOException {
        line("response_rate", row.path(), "", "", "", "codes_issued", row.issued());
        if (row.used().shown()) {
            line("response_rate", row.path(), "", "", "", "codes_used", row.used().value().used());
            line("response_rate", row.path(), "", "", "", "rate", row.used().value().share());
        } else {
            withheld("response_rate", row.path(), "", "", row.used().withheld());
        }
    }

    private void comparison(String section, String unit, String segment, String dimension, String item,
            Result<MeanComparison> test, Result<Double> adjustedP) throws IOException {
        if (!test.isComputed()) {
            return;
        }
        MeanComparison c = test.value();
        line(section, unit, segment, dimension, item, "difference", c.difference());
        interval(section, unit, segment, dimension, item, "difference_ci", Result.of(c.differenceCi95()));
        line(section, unit, segment, dimension, item, "t", c.t());
        line(section, unit, segment, dimension, item, "df", c.df());
        line(section, unit, segment, dimension, item, "p", c.p());
        number(section, unit, segment, dimension, item, "p_holm", adjustedP);
        line(section, unit, segment, dimension, item, "hedges_g", c.hedgesG());
        interval(section, unit, segment, dimension, item, "hedges_g_ci", Result.of(c.hedgesGCi95()));
    }

    private void descriptives(String section, String unit, String segment, String dimension, String item,
            Result<Descriptives> result) throws IOException {
        if (!result.isComputed()) {
            return;
        }
        Descriptives d = result.value();
        line(section, unit, segment, dimension, item, "n", d.n());
        line(section, unit, segment, dimension, item, "mean", d.mean());
        interval(section, unit, segment, dimension, item, "mean_ci", d.meanCi95());
        number(section, unit, segment, dimension, item, "sd", d.sd());
        line(section, unit, segment, dimension, item, "median", d.median());
        line(section, unit, segment, dimension, item, "index", d.index());
        interval(section, unit, segment, dimension, item, "index_ci", d.indexCi95());
    }

    private void shares(String section, String unit, String segment, String dimension, String item,
            Result<AnswerDistribution> result) throws IOException {
        if (!result.isComputed()) {
            return;
        }
        AnswerDistribution a = result.value();
        line(section, unit, segment, dimension, item, "favorable", a.favorable().proportion());
        line(section, unit, segment, dimension, item, "neutral", a.neutral().proportion());
        line(section, unit, segment, dimension, item, "unfavorable", a.unfavorable().proportion());
    }

    private void interval(String section, String unit, String segment, String dimension, String item, String name,
            Result<org.selving.stats.Interval> interval) throws IOException {
        if (interval.isComputed()) {
            line(section, unit, segment, dimension, item, name + "_lower", interval.value().lower());
            line(section, unit, segment, dimension, item, name + "_upper", interval.value().upper());
        }
    }

    private void number(String section, String unit, String segment, String dimension, String item, String statistic,
            Result<Double> value) throws IOException {
        if (value.isComputed()) {
            line(section, unit, segment, dimension, item, statistic, value.value());
        }
    }

    private void withheld(String section, String unit, String segment, String dimension, Withheld reason)
            throws IOException {
        line(section, unit, segment, dimension, "", "withheld", reason == Withheld.FEWER_THAN_K
                ? "fewer than " + report.about().minGroupSize() + " responses"
                : "withheld to protect a smaller group");
    }

    private void line(String section, String unit, String segment, String dimension, String item, String statistic,
            Object value) throws IOException {
        out.printRecord(SpreadsheetText.cell(section), SpreadsheetText.cell(unit), SpreadsheetText.cell(segment),
                SpreadsheetText.cell(dimension), SpreadsheetText.cell(item), SpreadsheetText.cell(statistic),
                SpreadsheetText.cell(value));
    }
}
