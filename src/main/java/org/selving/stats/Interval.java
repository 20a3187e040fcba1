package org.selving.stats;

/** A two-sided 95% confidence interval. */
public record Interval(double lower, double upper) {

    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    /** The interval if both bounds are finite and ordered, otherwise not computable for the given reason. */
    static Result<Interval> of(double lower, double upper, Reason reason, String detail) {
        if (Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper) {
            return Result.of(new Interval(lower, upper));
        }
        return Result.notComputable(reason, detail);
    }
}
