package org.selving.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selving.response.ResponseStore;

/**
 * The anonymized response data as CSV: unit and segment as {@link RowLabels} allow, then one column
 * per item (its key) with the answer as given, empty when not answered. Rows are written as they
 * are read from storage, a block at a time, so a million of them never sit in memory together.
 */
final class ResponseDataCsv {

    private ResponseDataCsv() {
    }

    static void write(Release release, RowLabels labels, ResponseStore store, OutputStream output) throws IOException {
        InstrumentShape shape = release.shape;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>(List.of("unit", "segment"));
        shape.items().forEach(item -> header.add(item.key()));
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
        List<Object> row = new ArrayList<>(header.size());
        store.forEachClosed(release.assessmentId, shape.items().size(), release.roomSegments, (unitId, segment, answers) -> {
            int node = release.tree.nodeOf(unitId);
            row.clear();
            row.add(SpreadsheetText.cell(labels.unit(node)));
            row.add(SpreadsheetText.cell(labels.segment(node, segment)));
            for (int i = 0; i < answers.length; i++) {
                row.add(answers[i] == 0 ? "" : (int) shape.value(i, answers[i]));
            }
            csv.printRecord(row);
        });
        csv.flush();
    }
}
