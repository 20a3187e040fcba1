package org.selving.stats;

/** Person scale scores: the mean of the answered items after reverse keying. */
public final class PersonScores {

    private PersonScores() {
    }

    /**
     * One score per row: the mean of the row's non-missing answers among {@code columns}, those
     * flagged in {@code reversed} scored (min + max) - x. NaN (missing, as in the input) for a
     * row that answered none of them.
     */
    public static double[] of(AnswerMatrix answers, int[] columns, boolean[] reversed, AnswerScale scale) {
        if (reversed.length != columns.length) {
            throw new IllegalArgumentException("one reverse flag per column needed");
        }
        double[] scores = new double[answers.rows()];
        for (int row = 0; row < answers.rows(); row++) {
            double sum = 0;
            int answered = 0;
            for (int i = 0; i < columns.length; i++) {
                double x = answers.get(row, columns[i]);
                if (!Double.isNaN(x)) {
                    sum += reversed[i] ? scale.reverse(x) : x;
                    answered++;
                }
            }
            scores[row] = answered == 0 ? Double.NaN : sum / answered;
        }
        return scores;
    }
}
