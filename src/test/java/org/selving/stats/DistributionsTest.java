package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The fast t quantile and the beta-based tails against R (qt, qf printed to 17 digits) and Commons Math. */
class DistributionsTest {

    /** R 4.2.2: sprintf("%.17g", qt(0.975, df)). */
    private static final double[][] R_QT_975 = {
        {1, 12.706204736174694}, {2, 4.3026527297494619}, {3, 3.1824463052837078}, {4, 2.7764451051977934},
        {5, 2.5705818356363137}, {7, 2.3646242515927844}, {10, 2.2281388519862739}, {29, 2.0452296421327034},
        {30, 2.0422724563012378}, {31, 2.0395134463964082}, {113, 1.9811803594146613}, {299, 1.9679296690656691},
        {999, 1.9623414611334493}, {1000, 1.9623390808264076}, {1001, 1.9623367052808791},
        {5000, 1.9604385517065075}, {1e5, 1.9599877075346088}, {1e6, 1.9599663568141066}};

    @Test
    void tQuantileMatchesR() {
        for (double[] row : R_QT_975) {
            assertEquals(row[1], Distributions.tQuantileUpper(0.975, row[0]), 1e-12, "df = " + row[0]);
        }
    }

    /** Where Newton's method runs (df < 1000), Commons Math's own solver is an independent check. */
    @Test
    void tQuantileAgreesWithCommonsMathBelowAThousandDf() {
        for (double df = 3; df < 1000; df *= 1.37) {
            double expected = new TDistribution(null, df, 1e-15).inverseCumulativeProbability(0.975);
            assertEquals(expected, Distributions.tQuantileUpper(0.975, df), 1e-12, "df = " + df);
        }
    }

    /** Where the expansion is used alone; R 4.2.2: qt(0.975, round(1000 * 1.6^(0:17))). */
    @Test
    void tQuantileExpansionMatchesRFromAThousandDf() {
        double[][] reference = {{1000, 1.9623390808264076}, {1600, 1.9614477572217413}, {2560, 1.9608910838208768},
            {4096, 1.9605433205921137}, {6554, 1.9603260080284011}, {10486, 1.9601902424479141},
            {16777, 1.9601053947728468}, {26844, 1.9600523609511078}, {42950, 1.9600192193933155},
            {68719, 1.9599985064670882}, {109951, 1.9599855604866208}, {175922, 1.9599774694212762},
            {281475, 1.959972412575431}, {450360, 1.959969252053815}, {720576, 1.9599672767328926},
            {1152922, 1.95996604215859}, {1844674, 1.9599652705519783}, {2951479, 1.9599647882971487}};
        for (double[] row : reference) {
            assertEquals(row[1], Distributions.tQuantileUpper(0.975, row[0]), 1e-13, "df = " + row[0]);
        }
    }

    @Test
    void fQuantileMatchesR() {
        assertEquals(1.3034903145031329, Distributions.fQuantile(0.975, 113, 791), 1e-12);
        assertEquals(2.1218508848352462, Distributions.fQuantile(0.975, 11, 102), 1e-12);
    }

    /**
     * For df2 > 4e5 R's qf does not invert pf: it returns qchisq(p, df1)/df1 (1.0027737 here).
     * The exact quantile, found in R by uniroot(function(q) pf(q, 1e6 - 1, 3e6) - 0.975), is this
     * one; a Feldt interval for a million respondents therefore differs from psych's in the 5th decimal.
     */
    @Test
    void fQuantileStaysExactWhereRsQfApproximates() {
        assertEquals(1.0032044355779537, Distributions.fQuantile(0.975, 1e6 - 1, 3e6), 1e-12);
    }

    @Test
    void tailsAreUpperTailsWithoutCancellation() {
        // R: 2 * pt(-12, 998) = 1.4216e-30 and pf(150, 3, 996, lower.tail = FALSE) = 1.14e-79 would be 0 as 1 - cdf.
        assertEquals(1.0, Distributions.tTwoSidedP(0, 10), 1e-15);
        assertEquals(Distributions.tTwoSidedP(-2.5, 40), Distributions.tTwoSidedP(2.5, 40), 1e-18);
        assertEquals(0.05, Distributions.tTwoSidedP(Distributions.tQuantileUpper(0.975, 17), 17), 1e-14);
        assertEquals(0.025, Distributions.fUpperP(Distributions.fQuantile(0.975, 11, 102), 11, 102), 1e-12);
        double tiny = Distributions.tTwoSidedP(12, 998);
        assertEquals(true, tiny > 0 && tiny < 1e-25, "p = " + tiny);
    }
}
