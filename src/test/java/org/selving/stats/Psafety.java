package org.selving.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<double[]> rows = new ArrayList<>();
        List<Integer> teams = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource("reference/psafety.csv"),
                StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!header.equals("id,team,member,PS1,PS2,PS3,PS4,PS5,PS6,PS7")) {
                throw new IllegalStateException("unexpected header " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                teams.add(Integer.parseInt(f[1]) - 1);
                double[] row = new double[7];
                for (int i = 0; i < 7; i++) {
                    row[i] = f[3 + i].isEmpty() ? Double.NaN : Double.parseDouble(f[3 + i]);
                }
                rows.add(row);
            }
            JsonNode expected = new ObjectMapper().readTree(resource("reference/expected_psafety.json"));
            return new Psafety(AnswerMatrix.of(rows.toArray(double[][]::new)),
                    teams.stream().mapToInt(Integer::intValue).toArray(), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout of the reference scale: one dimension of the seven items, no outcome. */
    SurveyLayout layout() {
        return SurveyLayout.singleScale(7, COLUMNS, REVERSED, SCALE);
    }

    private static InputStream resource(String name) {
        InputStream in = Psafety.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return in;
    }
}
