package org.selving.clients;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selving.clients.ClientComparison.Client;
import org.selving.clients.ClientComparison.Standing;
import org.selving.report.SpreadsheetText;
import org.selving.stats.Result;
import org.selving.stats.Spread;

/**
 * The clients side by side as one CSV in long form, one figure per line (section, organization,
 * assessment, dimension, statistic, value): each client's figures and quarters, the distribution,
 * the within/without points. Figures that cannot be computed are left out.
 */
final class ClientComparisonCsv {

    static final List<String> HEADER = List.of("section", "organization", "assessment", "dimension", "statistic", "value");

    private final CSVPrinter out;
    private final ClientComparison comparison;

    private ClientComparisonCsv(CSVPrinter out, ClientComparison comparison) {
        this.out = out;
        this.comparison = comparison;
    }

    static void write(ClientComparison comparison, Appendable target) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(target);
        new ClientComparisonCsv(printer, comparison).write();
        printer.flush();
    }

    private void write() throws IOException {
        for (Client client : comparison.clients()) {
            String assessment = client.assessmentTitle() == null ? "" : client.assessmentTitle();
            if (client.standing() != Standing.SHOWN) {
                line("client", client.organization(), assessment, "", "standing", client.standing());
                continue;
            }
            var figures = client.figures();
            line("client", client.organization(), assessment, "", "respondents", figures.respondents());
            number("client", client.organization(), assessment, "", "overall_index", figures.overallIndex());
            quarter(client, assessment, "", 0);
            for (int d = 0; d < comparison.dimensions().size(); d++) {
                String key = comparison.dimensions().get(d).key();
                number("client", client.organization(), assessment, key, "index", figures.dimensions().get(d));
                quarter(client, assessment, key, d + 1);
            }
            if (client.outsiders() != null) {
                line("within_without", client.organization(), assessment, "", "outsiders", client.outsiders().outsiders());
                number("within_without", client.organization(), assessment, "", "outside_index",
                        client.outsiders().outsideIndex());
            }
        }
        line("distribution", "", "", "", "organizations", comparison.qualifying());
        if (comparison.distribution() != null) {
            spread("", comparison.distribution().overall());
            for (int d = 0; d < comparison.dimensions().size(); d++) {
                spread(comparison.dimensions().get(d).key(), comparison.distribution().dimensions().get(d));
            }
        }
        var correlation = comparison.scatter().correlation();
        if (correlation.isComputed()) {
            line("within_without", "", "", "", "organizations", correlation.value().n());
            line("within_without", "", "", "", "r", correlation.value().r());
            line("within_without", "", "", "", "r_p", correlation.value().p());
        }
    }

    private void quarter(Client client, String assessment, String dimension, int position) throws IOException {
        List<Integer> quarters = client.figures().quarters();
        if (quarters != null && quarters.get(position) != null) {
            line("client", client.organization(), assessment, dimension, "quarter", quarters.get(position));
        }
    }

    private void spread(String dimension, Result<Spread> spread) throws IOException {
        if (spread.isComputed()) {
            line("distribution", "", "", dimension, "lower_quartile", spread.value().lowerQuartile());
            line("distribution", "", "", dimension, "median", spread.value().median());
            line("distribution", "", "", dimension, "upper_quartile", spread.value().upperQuartile());
        }
    }

    private void number(String section, String organization, String assessment, String dimension, String statistic,
            Result<Double> value) throws IOException {
        if (value.isComputed()) {
            line(section, organization, assessment, dimension, statistic, value.value());
        }
    }

    private void line(String section, String organization, String assessment, String dimension, String statistic,
            Object value) throws IOException {
        out.printRecord(SpreadsheetText.cell(section), SpreadsheetText.cell(organization),
                SpreadsheetText.cell(assessment), SpreadsheetText.cell(dimension), SpreadsheetText.cell(statistic),
                SpreadsheetText.cell(value));
    }
}
