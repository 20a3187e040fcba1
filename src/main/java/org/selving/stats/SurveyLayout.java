package org.selving.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the columns of an answer matrix mean: each column's answer scale and keying, the
 * dimensions, the outcome scale the drivers explain, and the 0-10 recommendation item of the eNPS.
 *
 * @param columnScales    one answer scale per column of the matrix
 * @param reversedColumns columns scored (min + max) - answer
 * @param dimensions      scales whose items all share one answer scale
 * @param outcome         the outcome the dimensions drive (relative weights, correlations), if any
 * @param enpsColumn      the 0-10 "would you recommend" item, if any
 */
public record SurveyLayout(List<AnswerScale> columnScales, Set<Integer> reversedColumns,
        List<ScaleDefinition> dimensions, Optional<ScaleDefinition> outcome, OptionalInt enpsColumn) {

    public SurveyLayout {
        columnScales = List.copyOf(columnScales);
        reversedColumns = Set.copyOf(reversedColumns);
        dimensions = List.copyOf(dimensions);
        int cols = columnScales.size();
        for (int c : reversedColumns) {
            checkColumn(c, cols, "reversed column");
        }
        List<ScaleDefinition> scales = new ArrayList<>(dimensions);
        outcome.ifPresent(scales::add);
        // An item scores one scale: its answers are counted once per group, under that scale.
        Set<Integer> seen = new HashSet<>();
        for (ScaleDefinition scale : scales) {
            for (int c : scale.columns()) {
                checkColumn(c, cols, "column of scale " + scale.key());
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("column " + c + " appears twice among the scales (in " + scale.key()
                            + ")");
                }
                if (!columnScales.get(c).equals(columnScales.get(scale.columns().get(0)))) {
                    throw new IllegalArgumentException(
                            "the items of scale " + scale.key() + " must share one answer scale (column " + c + ")");
                }
            }
        }
        if (enpsColumn.isPresent()) {
            int c = enpsColumn.getAsInt();
            checkColumn(c, cols, "eNPS column");
            AnswerScale s = columnScales.get(c);
            if (s.min() != 0 || s.max() != 10) {
                throw new IllegalArgumentException("the eNPS item must be answered 0..10, column " + c + " is " + s.min()
                        + ".." + s.max());
            }
            if (reversedColumns.contains(c)) {
                throw new IllegalArgumentException("the eNPS item (column " + c + ") cannot be reverse-keyed");
            }
        }
    }

    /**
     * A layout with a single dimension and nothing else: what one scale's reliability needs. The
     * other columns get the same answer scale but are never read.
     */
    static SurveyLayout singleScale(int cols, int[] columns, boolean[] reversed, AnswerScale scale) {
        if (reversed.length != columns.length) {
            throw new IllegalArgumentException("one reverse flag per column needed");
        }
        Set<Integer> reversedColumns = new HashSet<>();
        List<Integer> scaleColumns = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            scaleColumns.add(columns[i]);
            if (reversed[i]) {
                reversedColumns.add(columns[i]);
            }
        }
        return new SurveyLayout(Collections.nCopies(cols, scale), reversedColumns,
                List.of(new ScaleDefinition("scale", scaleColumns)), Optional.empty(), OptionalInt.empty());
    }

    /** The dimensions followed by the outcome, if any: every scale the engine scores. */
    List<ScaleDefinition> scoredScales() {
        List<ScaleDefinition> scales = new ArrayList<>(dimensions);
        outcome.ifPresent(scales::add);
        return scales;
    }

    AnswerScale scaleOf(ScaleDefinition scale) {
        return columnScales.get(scale.columns().get(0));
    }

    private static void checkColumn(int c, int cols, String what) {
        if (c < 0 || c >= cols) {
            throw new IllegalArgumentException(what + " " + c + " is outside the " + cols + " columns");
        }
    }
}
