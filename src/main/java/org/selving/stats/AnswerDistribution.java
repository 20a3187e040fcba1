package org.selving.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * How the answers spread over the options of a scale ({@code counts.get(0)} answered {@code min}),
 * and the favorable / neutral / unfavorable shares with Wilson 95% intervals.
 * For a scale the answers of all its items are pooled (the usual "percent favorable" of survey
 * reports); their intervals count respondents, not answers, since one person's answers to the
 * items of a dimension are not independent.
 */
public record AnswerDistribution(int min, List<Long> counts, long answers, long respondents, Share favorable,
        Share neutral, Share unfavorable) {

    public AnswerDistribution {
        counts = List.copyOf(counts);
    }

    /** The distribution of {@code counts[offset + i]} answers of value {@code scale.min() + i}. */
    static Result<AnswerDistribution> fromCounts(AnswerScale scale, long[] counts, long respondents) {
        long answers = 0;
        long favorable = 0;
        long unfavorable = 0;
        List<Long> boxed = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            int value = scale.min() + i;
            answers += counts[i];
            if (value >= scale.favorableFrom()) {
                favorable += counts[i];
            } else if (value <= scale.unfavorableTo()) {
                unfavorable += counts[i];
            }
            boxed.add(counts[i]);
        }
        if (answers == 0 || respondents == 0) {
            return Result.notComputable(Reason.NO_DATA, "no answers");
        }
        long effectiveN = Math.min(respondents, answers);
        return Result.of(new AnswerDistribution(scale.min(), boxed, answers, respondents,
                Share.wilson(favorable, answers, effectiveN).value(),
                Share.wilson(answers - favorable - unfavorable, answers, effectiveN).value(),
                Share.wilson(unfavorable, answers, effectiveN).value()));
    }
}
