package org.selving.stats;

/**
 * Why a statistic has no value. Every statistic of this package that the data cannot support
 * comes back as {@link Result.NotComputable} with one of these and a sentence saying what exactly
 * was missing, so a report handles every such case in one way.
 */
public enum Reason {
    /** Nobody answered: n = 0. */
    NO_DATA,
    /** Fewer cases than the statistic needs (the detail says how many it needs). */
    TOO_FEW_CASES,
    /** Fewer items than the statistic needs (alpha needs 2, a one-factor omega 3). */
    TOO_FEW_ITEMS,
    /** The values do not vary, so there is nothing to relate or standardize. */
    ZERO_VARIANCE,
    /** One item of a scale got the same answer from everybody. */
    CONSTANT_ITEM,
    /** One item of a scale was never answered (or never together with another item). */
    ITEM_NEVER_ANSWERED,
    /** A comparison between groups needs at least two groups with data. */
    ONE_GROUP,
    /** Groups of one person have no within-group spread. */
    GROUPS_OF_ONE,
    /** A correlation matrix that cannot be inverted (predictors that are linear combinations of others). */
    SINGULAR_MATRIX,
    /** An iterative fit did not settle. */
    NOT_CONVERGED,
    /**
     * The one-factor model fits only with an item's communality at or above 1 (a Heywood case):
     * an improper solution whose omega nobody should rely on.
     */
    HEYWOOD_CASE,
    /** The survey layout does not define what this statistic needs (an outcome or an eNPS item). */
    NOT_CONFIGURED
}
