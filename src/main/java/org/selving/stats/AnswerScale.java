package org.selving.stats;

/**
 * The answer options of an item as the statistics see them: the integers {@code min..max}.
 * Answers at or above {@code favorableFrom} count as favorable, at or below {@code unfavorableTo}
 * as unfavorable, in between as neutral (always after reverse keying).
 */
public record AnswerScale(int min, int max, int favorableFrom, int unfavorableTo) {

    public AnswerScale {
        if (min >= max) {
            throw new IllegalArgumentException("an answer scale needs min < max, got " + min + ".." + max);
        }
        if (unfavorableTo < min || favorableFrom > max || unfavorableTo >= favorableFrom) {
            throw new IllegalArgumentException("need min <= unfavorableTo < favorableFrom <= max, got unfavorableTo="
                    + unfavorableTo + ", favorableFrom=" + favorableFrom + " on " + min + ".." + max);
        }
    }

    /** The number of answer options, A. */
    public int options() {
        return max - min + 1;
    }

    /** The reverse-keyed answer, (min + max) - x; a missing answer (NaN) stays missing. */
    public double reverse(double answer) {
        return (min + max) - answer;
    }

    /** A value on this scale as a 0-100 index: (x - min) / (max - min) x 100. */
    public double index(double value) {
        return (value - min) / (max - min) * 100;
    }

    /** The variance of answers spread uniformly over the options, (A^2 - 1) / 12: the rwg null. */
    public double uniformNullVariance() {
        int a = options();
        return (a * (double) a - 1) / 12;
    }
}
