package org.selving.stats;

/** How reliability treats respondents who skipped some items of a scale. */
public enum MissingAnswers {
    /**
     * psych::alpha's default: each covariance over the rows where both items are answered, and
     * n = every row passed for the Feldt interval and the Duhachek ASE.
     */
    PAIRWISE,
    /** Only respondents who answered every item of the scale (complete cases). */
    LISTWISE
}
