package org.selving.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.stats.AnswerScale;
import org.selving.stats.ScaleDefinition;
import org.selving.stats.SurveyLayout;

/**
 * How the statistics engine reads the answers to a pinned instrument: one column per item in
 * storage order, reverse-keyed items from the instrument, its dimensions, the first outcome item
 * as the outcome the drivers explain, and that item again for the eNPS when it is answered 0-10.
 *
 * @param outcomeColumn -1 when the instrument has no outcome item
 */
record InstrumentShape(Instrument instrument, List<Item> items, SurveyLayout layout, int outcomeColumn) {

    static InstrumentShape of(Instrument instrument) {
        List<Item> items = instrument.items();
        List<AnswerScale> scales = new ArrayList<>();
        Set<Integer> reversed = new HashSet<>();
        for (int c = 0; c < items.size(); c++) {
            ResponseScale scale = instrument.scaleOf(items.get(c));
            scales.add(new AnswerScale(scale.min(), scale.max(), scale.favorableFrom(), scale.unfavorableTo()));
            if (items.get(c).reverse()) {
                reversed.add(c);
            }
        }
        List<ScaleDefinition> dimensions = new ArrayList<>();
        int column = 0;
        for (Dimension dimension : instrument.dimensions()) {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < dimension.items().size(); i++) {
                columns.add(column++);
            }
            dimensions.add(new ScaleDefinition(dimension.key(), columns));
        }
        int outcomeColumn = instrument.outcomes().isEmpty() ? -1 : column;
        Optional<ScaleDefinition> outcome = outcomeColumn < 0 ? Optional.empty()
                : Optional.of(new ScaleDefinition(items.get(outcomeColumn).key(), List.of(outcomeColumn)));
        OptionalInt enps = outcomeColumn >= 0 && isZeroToTen(scales.get(outcomeColumn)) && !reversed.contains(outcomeColumn)
                ? OptionalInt.of(outcomeColumn) : OptionalInt.empty();
        return new InstrumentShape(instrument, items,
                new SurveyLayout(scales, reversed, dimensions, outcome, enps), outcomeColumn);
    }

    private static boolean isZeroToTen(AnswerScale scale) {
        return scale.min() == 0 && scale.max() == 10;
    }

    /** The columns of the items of dimension {@code d}. */
    List<Integer> columnsOf(int d) {
        return layout.dimensions().get(d).columns();
    }

    AnswerScale scaleOf(int column) {
        return layout.columnScales().get(column);
    }

    /** The answer as a number of its scale, from its packed byte (0 = not answered, NaN here). */
    float value(int column, int packed) {
        return packed == 0 ? Float.NaN : packed + scaleOf(column).min() - 1;
    }

    /**
     * Unpacks the answers of the listed responses ({@code items} bytes each in {@code packed}) into
     * the engine's matrix layout, one row each in list order: one loop over up to a million rows.
     */
    float[] unpack(byte[] packed, int[] rows) {
        int items = this.items.size();
        float[] shift = new float[items];
        for (int i = 0; i < items; i++) {
            shift[i] = scaleOf(i).min() - 1;
        }
        float[] values = new float[Math.multiplyExact(rows.length, items)];
        for (int r = 0; r < rows.length; r++) {
            int in = rows[r] * items;
            int out = r * items;
            for (int i = 0; i < items; i++) {
                int b = packed[in + i];
                values[out + i] = b == 0 ? Float.NaN : b + shift[i];
            }
        }
        return values;
    }
}
