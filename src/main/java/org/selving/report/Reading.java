package org.selving.report;

import org.selving.stats.Alpha;
import org.selving.stats.Correlation;
import org.selving.stats.Icc;
import org.selving.stats.MeanComparison;
import org.selving.stats.Result;

/** Plain-words readings of statistics, as codes the pages put into words in each language. */
public final class Reading {

    /** An adjusted p below this is "more than noise". */
    static final double SIGNIFICANT = 0.05;

    private Reading() {
    }

    /** How far a dimension's items measure one thing, from Cronbach's alpha. */
    public enum Reliability {
        /** alpha >= 0.80 */
        RELIABLE,
        /** 0.70 <= alpha < 0.80 */
        ACCEPTABLE,
        /** 0.60 <= alpha < 0.70: read the items one by one as well */
        USE_WITH_CARE,
        /** alpha < 0.60: the items do not measure one thing here; read them one by one */
        UNRELIABLE,
        NOT_COMPUTABLE
    }

    /** Whether a difference (between cycles, or between segments) is more than noise. */
    public enum Difference {
        /** The first is higher, beyond what chance explains (adjusted p < 0.05). */
        HIGHER,
        /** The first is lower, beyond what chance explains. */
        LOWER,
        /** Within what chance explains. */
        NO_CLEAR_DIFFERENCE,
        NOT_COMPUTABLE
    }

    /** Whether units really differ on a dimension, from ICC(1) and ICC(2). */
    public enum UnitDifferences {
        /** ICC(1) >= 0.05 and ICC(2) >= 0.70: units differ, and their averages are reliable enough to compare. */
        UNITS_DIFFER,
        /** ICC(2) >= 0.70 but ICC(1) < 0.05: averages are stable, but units differ only a little. */
        UNITS_DIFFER_LITTLE,
        /** ICC(2) < 0.70: unit averages are too unsteady to compare units on this dimension. */
        UNIT_AVERAGES_UNSTEADY,
        NOT_COMPUTABLE
    }

    /** How strongly two things go together across units, from Pearson's r. */
    public enum Relation {
        /** r >= 0.5 */
        STRONG,
        /** 0.3 <= r < 0.5 */
        MODERATE,
        /** 0.1 <= r < 0.3 */
        WEAK,
        /** -0.1 < r < 0.1 */
        NONE,
        /** r <= -0.1: where staff see themselves better, outsiders see them worse */
        OPPOSITE,
        NOT_COMPUTABLE
    }

    static Relation relation(Result<Correlation> correlation) {
        if (!correlation.isComputed()) {
            return Relation.NOT_COMPUTABLE;
        }
        double r = correlation.value().r();
        return r >= 0.5 ? Relation.STRONG : r >= 0.3 ? Relation.MODERATE : r >= 0.1 ? Relation.WEAK
                : r > -0.1 ? Relation.NONE : Relation.OPPOSITE;
    }

    static Reliability reliability(Result<Alpha> alpha) {
        if (!alpha.isComputed()) {
            return Reliability.NOT_COMPUTABLE;
        }
        double a = alpha.value().raw();
        return a >= 0.8 ? Reliability.RELIABLE : a >= 0.7 ? Reliability.ACCEPTABLE
                : a >= 0.6 ? Reliability.USE_WITH_CARE : Reliability.UNRELIABLE;
    }

    static Difference difference(Result<MeanComparison> test, Result<Double> adjustedP) {
        if (!test.isComputed() || !adjustedP.isComputed()) {
            return Difference.NOT_COMPUTABLE;
        }
        if (adjustedP.value() >= SIGNIFICANT) {
            return Difference.NO_CLEAR_DIFFERENCE;
        }
        return test.value().difference() > 0 ? Difference.HIGHER : Difference.LOWER;
    }

    static UnitDifferences unitDifferences(Result<Icc> icc) {
        if (!icc.isComputed()) {
            return UnitDifferences.NOT_COMPUTABLE;
        }
        Icc value = icc.value();
        if (value.icc2() < 0.7) {
            return UnitDifferences.UNIT_AVERAGES_UNSTEADY;
        }
        return value.icc1() >= 0.05 ? UnitDifferences.UNITS_DIFFER : UnitDifferences.UNITS_DIFFER_LITTLE;
    }
}
