package org.selving.clients;

import java.util.ArrayList;
import java.util.List;

import org.selving.clients.ClientComparison.Client;
import org.selving.clients.ClientComparison.Standing;
import org.selving.instrument.Instrument;
import org.selving.report.ReportCharts;
import org.selving.report.ReportMessages;
import org.selving.report.ReportNumbers;
import org.selving.report.Withheld;
import org.selving.stats.Result;
import org.selving.stats.Spread;
import org.selving.web.MirrorMessages;
import org.selving.web.Page;

/**
 * The clients side by side as the page shows them: the same {@link ClientComparison} as the JSON,
 * its numbers written for the reader's language, its spread and its within/without points drawn.
 */
public final class ClientComparisonView {

    /** A questionnaire to compare on; {@code href} null for the current one. */
    public record Choice(String title, String href) {
    }

    /** An index and the quarter it falls in ("" without a distribution). */
    public record Cell(String value, String quarter) {
    }

    /**
     * @param note why a client shows no figures, {@code null} when it does
     */
    public record ClientRow(String number, String organization, String reportHref, String assessment, String note,
            String respondents, Cell overall, List<Cell> dimensions) {
    }

    public record SpreadRow(String title, String lowerQuartile, String median, String upperQuartile) {
    }

    public record PointRow(String number, String organization, String inside, String outside, String outsiders) {
    }

    public final Page page;
    public final ClientComparison comparison;
    private final List<Instrument> instruments;
    private final MirrorMessages text;
    private final ReportMessages reportText;
    private final ReportNumbers numbers;

    ClientComparisonView(Page page, ClientComparison comparison, List<Instrument> instruments, MirrorMessages text,
            ReportMessages reportText) {
        this.page = page;
        this.comparison = comparison;
        this.instruments = instruments;
        this.text = text;
        this.reportText = reportText;
        this.numbers = new ReportNumbers(page.locale(), reportText);
    }

    public List<Choice> instruments() {
        return instruments.stream().map(i -> new Choice(i.title().getOrDefault(page.language(),
                i.title().get(i.defaultLanguage())), i.key().equals(comparison.instrument()) ? null
                        : "/clients/comparison?instrument=" + i.key() + "&lang=" + page.language())).toList();
    }

    public List<String> columns() {
        return comparison.dimensions().stream().map(ClientComparison.Column::title).toList();
    }

    public List<ClientRow> clients() {
        List<ClientRow> rows = new ArrayList<>();
        for (int i = 0; i < comparison.clients().size(); i++) {
            Client client = comparison.clients().get(i);
            String href = client.assessmentId() == null ? null
                    : "/assessments/" + client.assessmentId() + "/report?lang=" + page.language();
            String number = String.valueOf(i + 1);
            if (client.standing() != Standing.SHOWN) {
                String note = client.standing() == Standing.NO_CLOSED_ASSESSMENT ? text.clients_no_closed_assessment()
                        : client.withheld() == Withheld.FEWER_THAN_K ? text.clients_withheld() : reportText.withheld_protects();
                rows.add(new ClientRow(number, client.organization(), href, client.assessmentTitle(), note, "", null,
                        List.of()));
                continue;
            }
            var figures = client.figures();
            List<Cell> dimensions = new ArrayList<>();
            for (int d = 0; d < figures.dimensions().size(); d++) {
                dimensions.add(cell(figures.dimensions().get(d), figures.quarters(), d + 1));
            }
            rows.add(new ClientRow(number, client.organization(), href, client.assessmentTitle(), null,
                    numbers.integer(figures.respondents()), cell(figures.overallIndex(), figures.quarters(), 0),
                    dimensions));
        }
        return rows;
    }

    private Cell cell(Result<Double> index, List<Integer> quarters, int position) {
        Integer quarter = quarters == null ? null : quarters.get(position);
        return new Cell(numbers.number(index, 0), quarter == null ? "" : "Q" + quarter);
    }

    // ---- distribution

    public boolean distributionAvailable() {
        return comparison.distribution() != null;
    }

    public String distributionNote() {
        return text.clients_distribution_from(ClientComparisonService.MIN_ORGANIZATIONS, comparison.qualifying());
    }

    public List<SpreadRow> distribution() {
        List<SpreadRow> rows = new ArrayList<>();
        rows.add(spreadRow(reportText.overall_index(), comparison.distribution().overall()));
        for (int d = 0; d < comparison.dimensions().size(); d++) {
            rows.add(spreadRow(comparison.dimensions().get(d).title(), comparison.distribution().dimensions().get(d)));
        }
        return rows;
    }

    private SpreadRow spreadRow(String title, Result<Spread> spread) {
        if (!spread.isComputed()) {
            return new SpreadRow(title, "–", "–", "–");
        }
        Spread s = spread.value();
        return new SpreadRow(title, numbers.number(s.lowerQuartile(), 0), numbers.number(s.median(), 0),
                numbers.number(s.upperQuartile(), 0));
    }

    public String distributionChart() {
        List<ReportCharts.Box> boxes = new ArrayList<>();
        boxes.add(box(reportText.overall_index(), comparison.distribution().overall(), -1));
        for (int d = 0; d < comparison.dimensions().size(); d++) {
            boxes.add(box(comparison.dimensions().get(d).title(), comparison.distribution().dimensions().get(d), d));
        }
        return ReportCharts.boxes("clients-distribution", text.clients_distribution_title(),
                text.clients_distribution_desc(), boxes.stream().filter(b -> b != null).toList());
    }

    /** A figure's box with each client's value, numbered as the table; {@code null} without a spread. */
    private ReportCharts.Box box(String title, Result<Spread> spread, int dimension) {
        if (!spread.isComputed()) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (Client client : comparison.clients()) {
            Result<Double> value = client.standing() != Standing.SHOWN ? null
                    : dimension < 0 ? client.figures().overallIndex() : client.figures().dimensions().get(dimension);
            values.add(value != null && value.isComputed() ? value.value() : null);
        }
        Spread s = spread.value();
        return new ReportCharts.Box(title, s.lowerQuartile(), s.median(), s.upperQuartile(), values);
    }

    // ---- within and without

    public boolean scatterAvailable() {
        return !comparison.scatter().points().isEmpty();
    }

    public List<PointRow> points() {
        List<PointRow> rows = new ArrayList<>();
        var points = comparison.scatter().points();
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            rows.add(new PointRow(String.valueOf(i + 1), p.organization(), numbers.number(p.insideIndex(), 0),
                    numbers.number(p.outsideIndex(), 0), numbers.integer(p.outsiders())));
        }
        return rows;
    }

    public String scatterChart() {
        List<ReportCharts.Point> points = comparison.scatter().points().stream()
                .map(p -> new ReportCharts.Point(p.organization(), p.insideIndex(), p.outsideIndex())).toList();
        return ReportCharts.scatter("clients-within-without", text.clients_scatter_title(), text.clients_scatter_desc(),
                text.units_axis_inside(), text.units_axis_outside(), points);
    }

    public String scatterReading() {
        var correlation = comparison.scatter().correlation();
        if (!correlation.isComputed()) {
            return text.clients_scatter_from(ClientComparisonService.MIN_ORGANIZATIONS);
        }
        return text.clients_scatter_reading(numbers.integer(correlation.value().n()),
                text.correlation_figures(numbers.signed(correlation.value().r(), 2),
                        numbers.pValue(Result.of(correlation.value().p()))));
    }

    public String jsonHref() {
        return "/api/clients/comparison?instrument=" + comparison.instrument() + "&lang=" + page.language();
    }

    public String csvHref() {
        return "/api/clients/comparison.csv?instrument=" + comparison.instrument() + "&lang=" + page.language();
    }
}
