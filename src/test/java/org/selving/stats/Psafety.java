package org.selving.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The reference data set (114 respondents in 12 teams, 7 items on 1..7, PS1/PS3/PS5 negatively
 * worded) and what R (psych 2.2.9, multilevel 2.7) computed for it, from the test classpath.
 */
final class Psafety {

    static final String[] ITEMS = {"PS1", "PS2", "PS3", "PS4", "PS5", "PS6", "PS7"};
    static final int[] COLUMNS = {0, 1, 2, 3, 4, 5, 6};
    static final boolean[] REVERSED = {true, false, true, false, true, false, false};
    /** 1..7; favorable from 5, unfavorable up to 3. */
    static final AnswerScale SCALE = new AnswerScale(1, 7, 5, 3);

    final AnswerMatrix answers;
    /** team - 1, so the 12 teams are groups 0..11. */
    final int[] team;
    final JsonNode expected;

    private Psafety(AnswerMatrix answers, int[] team, JsonNode expected) {
        this.answers = answers;
        this.team = team;
        this.expected = expected;
    }

    static Psafety load() {
        List<String[]> rows = Resources.csv("reference/psafety.csv", "id,team,member,PS1,PS2,PS3,PS4,PS5,PS6,PS7");
        double[][] answers = new double[rows.size()][7];
        int[] team = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            team[r] = Integer.parseInt(rows.get(r)[1]) - 1;
            for (int i = 0; i < 7; i++) {
                answers[r][i] = Resources.answer(rows.get(r)[3 + i]);
            }
        }
        return new Psafety(AnswerMatrix.of(answers, 7), team, Resources.json("reference/expected_psafety.json"));
    }

    /** The layout of the reference scale: one dimension of the seven items, no outcome. */
    SurveyLayout layout() {
        return SurveyLayout.singleScale(7, COLUMNS, REVERSED, SCALE);
    }
}
