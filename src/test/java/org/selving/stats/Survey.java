package org.selving.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The missing-data reference (src/test/resources/reference/03_survey.R): 300 respondents in 15
 * units (unit 15 has one member) and 3 segments (some rows without one), three dimensions, an
 * outcome item and an eNPS item, 6% of answers missing plus whole skipped blocks.
 */
final class Survey {

    static final String[] SCALES = {"D1", "D2", "D3", "OUT"};
    static final String[] COLUMNS = {"D1_1", "D1_2", "D1_3", "D1_4", "D2_1", "D2_2", "D2_3", "D3_1", "D3_2", "D3_3",
        "D3_4", "D3_5", "OUT", "ENPS"};
    static final AnswerScale FIVE_POINT = new AnswerScale(1, 5, 4, 2);
    static final AnswerScale ZERO_TO_TEN = new AnswerScale(0, 10, 9, 6);
    static final int ENPS = 13;
    static final SurveyLayout LAYOUT = new SurveyLayout(layoutScales(), Set.of(1, 9, 11),
            List.of(new ScaleDefinition("D1", List.of(0, 1, 2, 3)), new ScaleDefinition("D2", List.of(4, 5, 6)),
                    new ScaleDefinition("D3", List.of(7, 8, 9, 10, 11))),
            Optional.of(new ScaleDefinition("OUT", List.of(12))), OptionalInt.of(ENPS));

    final AnswerMatrix answers;
    final Grouping units;
    final Grouping segments;
    final JsonNode expected;

    private Survey(AnswerMatrix answers, Grouping units, Grouping segments, JsonNode expected) {
        this.answers = answers;
        this.units = units;
        this.segments = segments;
        this.expected = expected;
    }

    static Survey load() {
        List<String[]> rows = Resources.csv("reference/survey.csv",
                "id,unit,segment," + String.join(",", COLUMNS));
        double[][] answers = new double[rows.size()][COLUMNS.length];
        int[] unit = new int[rows.size()];
        int[] segment = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] f = rows.get(r);
            unit[r] = Integer.parseInt(f[1]) - 1;
            segment[r] = f[2].isEmpty() ? -1 : Integer.parseInt(f[2]) - 1;
            for (int c = 0; c < COLUMNS.length; c++) {
                answers[r][c] = Resources.answer(f[3 + c]);
            }
        }
        return new Survey(AnswerMatrix.of(answers, COLUMNS.length), Grouping.of(unit, 15), Grouping.of(segment, 3),
                Resources.json("reference/expected_survey.json"));
    }

    private static List<AnswerScale> layoutScales() {
        List<AnswerScale> scales = new java.util.ArrayList<>(Collections.nCopies(13, FIVE_POINT));
        scales.add(ZERO_TO_TEN);
        return scales;
    }
}
