package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/** Single statistics against published worked examples, R, or an independent computation. */
class SmallStatisticsTest {

    /**
     * Borenstein, Hedges, Higgins and Rothstein, Introduction to Meta-Analysis (2009), section 4.2:
     * means 103 and 100, SDs 5.5 and 4.5, 50 per group give d = 0.5970, V_d = 0.0418, J = 0.9923,
     * g = 0.5924, SE_g = 0.2028 (printed to 4 decimals).
     */
    @Test
    void hedgesGReproducesBorensteinsWorkedExample() {
        MeanComparison c = WelchTest.fromMoments(new Moments(50, 103, 5.5 * 5.5 * 49), new Moments(50, 100, 4.5 * 4.5 * 49))
                .value();
        assertEquals(0.5924, c.hedgesG(), 5e-5);
        double se = (c.hedgesGCi95().upper() - c.hedgesGCi95().lower()) / (2 * Distributions.Z_975);
        assertEquals(0.2028, se, 5e-5);
        assertEquals(3, c.difference(), 1e-12);
        // Welch by hand: t = 3 / sqrt(5.5^2/50 + 4.5^2/50), df = 94.2 (Satterthwaite)
        assertEquals(3 / Math.sqrt((30.25 + 20.25) / 50), c.t(), 1e-12);
        double a = 30.25 / 50;
        double b = 20.25 / 50;
        assertEquals((a + b) * (a + b) / (a * a / 49 + b * b / 49), c.df(), 1e-9);
    }

    /** R: t.test(c(5, 4, 4, 3, 5, 2, 4), c(3, 2, 4, 1, 3, 2)): conf.int and p.value. */
    @Test
    void welchDifferenceIntervalMatchesRsTTest() {
        MeanComparison c = WelchTest.of(new double[] {5, 4, 4, 3, 5, 2, 4}, new double[] {3, 2, 4, 1, 3, 2}).value();
        assertEquals(0.057826278455342377, c.differenceCi95().lower(), 1e-12);
        assertEquals(2.656459435830372584, c.differenceCi95().upper(), 1e-12);
        assertEquals(0.042140391440131451, c.p(), 1e-12);
    }

    /** R: p.adjust(c(0.01, 0.04, 0.03, 0.04, 0.2, 0.0001, 0.5, 1), "holm" / "BH"), ties included. */
    @Test
    void holmAndBenjaminiHochbergMatchRsPAdjust() {
        double[] p = {0.01, 0.04, 0.03, 0.04, 0.2, 0.0001, 0.5, 1};
        assertArrayEquals(new double[] {0.07, 0.2, 0.18, 0.2, 0.6, 0.0008, 1, 1}, MultipleComparisons.holm(p), 1e-15);
        assertArrayEquals(new double[] {0.04, 0.064, 0.064, 0.064, 0.26666666666666666, 0.0008, 0.5714285714285714, 1},
                MultipleComparisons.benjaminiHochberg(p), 1e-15);
    }

    /** R: prop.test(x, n, correct = FALSE)$conf.int is the Wilson score interval. */
    @Test
    void wilsonIntervalsMatchRsPropTest() {
        wilson(0, 10, 0, 0.27753279986288915);
        wilson(10, 10, 0.72246720013711085, 1);
        wilson(3, 7, 0.1582198552514697, 0.74954163547234265);
        wilson(1, 1, 0.2065493143772375, 1);
    }

    private static void wilson(long count, long n, double lower, double upper) {
        Interval ci = Share.wilson(count, n).value().ci95();
        assertEquals(lower, ci.lower(), 1e-12);
        assertEquals(upper, ci.upper(), 1e-12);
    }

    @Test
    void relativeWeightsAddUpToTheOrdinaryLeastSquaresRSquared() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 500;
        double[][] predictors = new double[3][n];
        double[] outcome = new double[n];
        double[][] rows = new double[n][3];
        for (int i = 0; i < n; i++) {
            double common = random.nextGaussian();
            for (int p = 0; p < 3; p++) {
                predictors[p][i] = 0.6 * common + random.nextGaussian();
                rows[i][p] = predictors[p][i];
            }
            outcome[i] = 0.5 * predictors[0][i] + 0.2 * predictors[1][i] - 0.1 * predictors[2][i] + random.nextGaussian();
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(outcome, rows);
        RelativeWeights weights = RelativeWeights.of(predictors, outcome).value();
        assertEquals(ols.calculateRSquared(), weights.rSquared(), 1e-12);
        assertEquals(weights.rSquared(), weights.rawWeights().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(100, weights.rescaledWeights().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        // the strongest predictor carries the largest share
        assertEquals(0, argmax(weights.rawWeights().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Uncorrelated predictors need no sharing: each weight is the squared correlation with the outcome. */
    @Test
    void relativeWeightsOfUncorrelatedPredictorsAreSquaredCorrelations() {
        double[] x1 = {1, -1, 1, -1, 1, -1, 1, -1};
        double[] x2 = {1, 1, -1, -1, 1, 1, -1, -1};
        double[] y = {3, 0, 1, -1, 2, 1, 0, -2};
        RelativeWeights weights = RelativeWeights.of(new double[][] {x1, x2}, y).value();
        double r1 = Correlation.pearson(x1, y).value().r();
        double r2 = Correlation.pearson(x2, y).value().r();
        assertEquals(r1 * r1, weights.rawWeights().get(0), 1e-12);
        assertEquals(r2 * r2, weights.rawWeights().get(1), 1e-12);
        assertEquals(r1 * r1 + r2 * r2, weights.rSquared(), 1e-12);
    }

    /** A correlation matrix that one factor reproduces exactly (r_ij = l_i l_j) gives those loadings back. */
    @Test
    void minresRecoversAnExactOneFactorStructure() {
        double[] loadings = {0.8, 0.7, 0.6, 0.5, 0.4};
        int k = loadings.length;
        double[] r = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                r[i * k + j] = i == j ? 1 : loadings[i] * loadings[j];
            }
        }
        assertArrayEquals(loadings, MinresFactor.fit(r, k).value(), 1e-9);
    }

    /**
     * r12 = r13 = 0.9 and r23 = 0.5 fit one factor only with lambda1^2 = 0.9 * 0.9 / 0.5 = 1.62 > 1:
     * a Heywood case, reported as such rather than as an omega.
     */
    @Test
    void minresReportsAHeywoodCase() {
        double[] r = {1, 0.9, 0.9, 0.9, 1, 0.5, 0.9, 0.5, 1};
        Result<double[]> fit = MinresFactor.fit(r, 3);
        assertEquals(Reason.HEYWOOD_CASE, ((Result.NotComputable<double[]>) fit).reason());
        // a proper structure close by (lambda1^2 = 0.9 * 0.6 / 0.6 = 0.9) is fitted
        assertTrue(MinresFactor.fit(new double[] {1, 0.6, 0.6, 0.6, 1, 0.4, 0.6, 0.4, 1}, 3).isComputed());
    }

    @Test
    void spearmanTiesGetMidRanks() {
        assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, Correlation.midRanks(new double[] {3, 1, 3, 7}), 0);
        // a monotone but non-linear relation has rho = 1 and Pearson below 1
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 4, 9, 16, 100};
        assertEquals(1, Correlation.spearman(x, y).value().r(), 1e-15);
        assertEquals(0, Correlation.spearman(x, y).value().p(), 0);
    }

    @Test
    void enpsCountsNineAndTenAsPromotersAndSixOrLessAsDetractors() {
        Enps enps = Enps.of(new double[] {10, 9, 8, 7, 6, 0, Double.NaN, 9}).value();
        assertEquals(7, enps.n());
        assertEquals(3, enps.promoters());
        assertEquals(2, enps.passives());
        assertEquals(2, enps.detractors());
        assertEquals(100.0 * (3 - 2) / 7, enps.score(), 1e-12);
        // adjusted Wald by hand: pP = 3.75/10, pD = 2.75/10
        double half = Distributions.Z_975 * Math.sqrt((0.375 + 0.275 - 0.1 * 0.1) / 10);
        assertEquals(100 * (0.1 - half), enps.ci95().lower(), 1e-12);
        assertEquals(100 * (0.1 + half), enps.ci95().upper(), 1e-12);
    }

    @Test
    void descriptivesFollowRsMedianAndTheScaleIndex() {
        Descriptives d = Descriptives.of(new double[] {1, 2, Double.NaN, 4, 5}, new AnswerScale(1, 5, 4, 2)).value();
        assertEquals(4, d.n());
        assertEquals(3, d.mean(), 1e-15);
        assertEquals(3, d.median(), 1e-15);
        assertEquals(50, d.index(), 1e-12);
        // R: t.test(c(1, 2, 4, 5))$conf.int = 0.0948372842452 5.9051627157548
        assertEquals(0.0948372842452, d.meanCi95().value().lower(), 1e-12);
        assertEquals(5.9051627157548, d.meanCi95().value().upper(), 1e-12);
        assertEquals(d.meanCi95().value().lower() * 25 - 25, d.indexCi95().value().lower(), 1e-12);
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
