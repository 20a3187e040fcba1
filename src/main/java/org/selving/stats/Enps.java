package org.selving.stats;

/**
 * Employee Net Promoter Score from a 0-10 "would you recommend" item: % promoters (9-10) minus
 * % detractors (0-6), from -100 to 100.
 * <p>
 * The interval is the adjusted Wald interval that Rocks (2016, "Interval estimation for the Net
 * Promoter Score", The American Statistician) found to keep its coverage best: add 3/4 of a
 * promoter and 3/4 of a detractor (n + 3 in all), then use the variance of a difference of two
 * proportions of one multinomial sample, Var(pP - pD) = (pP + pD - (pP - pD)^2) / n. The plain
 * Wald interval would have zero width for a team where everybody answered 10.
 */
public record Enps(long n, long promoters, long passives, long detractors, double score, Interval ci95) {

    /** eNPS of the non-missing 0-10 answers. */
    public static Result<Enps> of(double[] answers) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (double a : answers) {
            if (Double.isNaN(a)) {
                continue;
            }
            if (a < 0 || a > 10 || a != Math.rint(a)) {
                throw new IllegalArgumentException(a + " is not an answer on 0..10");
            }
            if (a >= 9) {
                promoters++;
            } else if (a >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return fromCounts(promoters, passives, detractors);
    }

    static Result<Enps> fromCounts(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        if (n == 0) {
            return Result.notComputable(Reason.NO_DATA, "nobody answered the recommendation item");
        }
        double adjustedN = n + 3.0;
        double pP = (promoters + 0.75) / adjustedN;
        double pD = (detractors + 0.75) / adjustedN;
        double centre = pP - pD;
        double half = Distributions.Z_975 * Math.sqrt((pP + pD - centre * centre) / adjustedN);
        double score = 100.0 * (promoters - detractors) / n;
        return Result.of(new Enps(n, promoters, passives, detractors, score,
                new Interval(100 * Math.max(-1, centre - half), 100 * Math.min(1, centre + half))));
    }
}
