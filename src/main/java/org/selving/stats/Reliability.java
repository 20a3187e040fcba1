package org.selving.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cronbach's alpha (with everything psych::alpha reports) and omega total of one scale, computed
 * from the item covariances the engine gathers. Formulas follow psych 2.2.9;
 * src/test/resources/reference/README.md states each one.
 */
public final class Reliability {

    /** psych prints the Duhachek interval as alpha +/- 1.96 ASE, with 1.96 written out. */
    private static final double PSYCH_Z = 1.96;
    private static final double NEGLIGIBLE = 1e-12;

    private Reliability() {
    }

    /**
     * Alpha and omega of one scale straight from an answer matrix, with missing answers handled
     * as {@code missing} says. The matrix holds answers as given; {@code reversed} says which of
     * {@code columns} are reverse-keyed on {@code scale}.
     */
    public static ScaleReliability of(AnswerMatrix answers, int[] columns, boolean[] reversed, AnswerScale scale,
            MissingAnswers missing) {
        ColumnDecoder decoder = new ColumnDecoder(SurveyLayout.singleScale(answers.cols(), columns, reversed, scale),
                columns);
        decoder.checkFits(answers);
        ScaleAccumulator accumulator = new ScaleAccumulator(columns, scale);
        for (int row = 0; row < answers.rows(); row++) {
            accumulator.add(decoder.decode(answers.values(), row));
        }
        return of(accumulator.covariances(missing, answers.rows()));
    }

    static ScaleReliability of(ItemCovariances input) {
        Optional<Result.NotComputable<ScaleReliability>> problem = problem(input);
        if (problem.isPresent()) {
            Reason reason = problem.get().reason();
            String detail = problem.get().detail();
            return new ScaleReliability(Result.notComputable(reason, detail), Result.notComputable(reason, detail));
        }
        Result<OmegaTotal> omega = input.k() < 3
                ? Result.notComputable(Reason.TOO_FEW_ITEMS,
                        "a one-factor model needs at least 3 items, the scale has " + input.k())
                : omega(input);
        return new ScaleReliability(alpha(input), omega);
    }

    /** Why the covariances cannot carry any reliability at all, if they cannot. */
    private static Optional<Result.NotComputable<ScaleReliability>> problem(ItemCovariances in) {
        int k = in.k();
        if (k < 2) {
            return problem(Reason.TOO_FEW_ITEMS, "reliability needs at least 2 items, the scale has " + k);
        }
        if (in.nForInference() < 2) {
            return problem(Reason.TOO_FEW_CASES, "reliability needs at least 2 respondents (complete cases when "
                    + "listwise), got " + in.nForInference());
        }
        for (int i = 0; i < k; i++) {
            if (in.pairN()[i * k + i] == 0) {
                return problem(Reason.ITEM_NEVER_ANSWERED, "column " + in.columns()[i] + " has no answers");
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (in.pairN()[i * k + j] < 2) {
                    return problem(Reason.ITEM_NEVER_ANSWERED, "columns " + in.columns()[i] + " and "
                            + in.columns()[j] + " are answered together by fewer than 2 respondents");
                }
            }
        }
        for (int i = 0; i < k; i++) {
            if (!(in.covariance()[i * k + i] > 0)) {
                return problem(Reason.CONSTANT_ITEM, "column " + in.columns()[i] + " got the same answer from everybody");
            }
        }
        // Relative to the item variances: items that cancel out leave rounding noise, not a variance.
        double[] r = Matrices.covarianceToCorrelation(in.covariance(), k);
        if (!(Matrices.sum(in.covariance()) > NEGLIGIBLE * Matrices.trace(in.covariance(), k))
                || !(Matrices.sum(r) > NEGLIGIBLE * k)) {
            return problem(Reason.ZERO_VARIANCE, "the items cancel out: the total score does not vary");
        }
        return Optional.empty();
    }

    private static Optional<Result.NotComputable<ScaleReliability>> problem(Reason reason, String detail) {
        return Optional.of(new Result.NotComputable<>(reason, detail));
    }

    private static Result<Alpha> alpha(ItemCovariances in) {
        int k = in.k();
        long n = in.nForInference();
        double[] c = in.covariance();
        double[] r = Matrices.covarianceToCorrelation(c, k);
        double sumC = Matrices.sum(c);
        double sumR = Matrices.sum(r);
        double traceC = Matrices.trace(c, k);
        double raw = rawAlpha(c, k);
        double standardized = standardizedAlpha(r, k);
        double averageR = (sumR - k) / (k * (k - 1.0));

        double[] smc = Matrices.squaredMultipleCorrelations(r, k);
        double sumSmc = 0;
        for (double s : smc) {
            sumSmc += s;
        }
        Result<Double> g6 = Result.finite(1 - (k - sumSmc) / sumR, Reason.SINGULAR_MATRIX,
                "the squared multiple correlations are undefined for this correlation matrix");

        double f = n - 1.0;
        double df2 = (n - 1.0) * (k - 1.0);
        Result<Interval> feldt = Interval.of(1 - (1 - raw) * Distributions.fQuantile(0.975, f, df2),
                1 - (1 - raw) * Distributions.fQuantile(0.025, f, df2), Reason.TOO_FEW_CASES,
                "the Feldt interval is undefined for n = " + n);

        // Duhachek & Iacobucci (2004): Q = 2k^2/((k-1)^2 (1'C1)^3) [1'C1 (tr(C^2) + tr(C)^2) - 2 tr(C) 1'C^2 1]
        double traceCSquared = 0;
        double sumCSquared = 0;
        for (int i = 0; i < k; i++) {
            double rowSum = 0;
            for (int j = 0; j < k; j++) {
                traceCSquared += c[i * k + j] * c[j * k + i];
                rowSum += c[i * k + j];
            }
            sumCSquared += rowSum * rowSum;
        }
        double q = 2.0 * k * k / ((k - 1.0) * (k - 1.0) * sumC * sumC * sumC)
                * (sumC * (traceCSquared + traceC * traceC) - 2 * traceC * sumCSquared);
        String negativeQ = "the pairwise covariance matrix gives a negative asymptotic variance";
        Result<Double> ase = Result.finite(Math.sqrt(q / n), Reason.SINGULAR_MATRIX, negativeQ);
        Result<Interval> duhachek = ase.flatMap(se -> Interval.of(raw - PSYCH_Z * se, raw + PSYCH_Z * se,
                Reason.SINGULAR_MATRIX, negativeQ));

        double sumOfMeans = 0;
        for (double m : in.itemMean()) {
            sumOfMeans += m;
        }
        Moments score = in.score();
        Result<Double> scoreSd = Result.finite(Math.sqrt(score.variance()), Reason.TOO_FEW_CASES,
                "an SD needs at least 2 person scores");
        return Result.of(new Alpha(n, k, raw, standardized, g6, averageR, feldt, ase, duhachek, score.mean(), scoreSd,
                sumOfMeans / k, items(in, c, r, sumR)));
    }

    private static List<ItemReliability> items(ItemCovariances in, double[] c, double[] r, double sumR) {
        int k = in.k();
        List<ItemReliability> items = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int column = in.columns()[i];
            double variance = c[i * k + i];
            double columnSumC = 0;
            double columnSumR = 0;
            for (int j = 0; j < k; j++) {
                columnSumC += c[i * k + j];
                columnSumR += r[i * k + j];
            }
            double[] restC = Matrices.without(c, k, i);
            double restVariance = Matrices.sum(restC);
            String flatRest = "the other items sum to a constant";
            Result<Double> rDrop = Result.finite((columnSumC - variance) / Math.sqrt(variance * restVariance),
                    Reason.ZERO_VARIANCE, flatRest);
            Result<Double> dropRaw;
            Result<Double> dropStd;
            if (k == 2) {
                String single = "alpha of the single remaining item is undefined";
                dropRaw = Result.notComputable(Reason.TOO_FEW_ITEMS, single);
                dropStd = Result.notComputable(Reason.TOO_FEW_ITEMS, single);
            } else {
                double[] restR = Matrices.without(r, k, i);
                dropRaw = restVariance > 0 ? Result.of(rawAlpha(restC, k - 1))
                        : Result.notComputable(Reason.ZERO_VARIANCE, flatRest);
                dropStd = Matrices.sum(restR) > 0 ? Result.of(standardizedAlpha(restR, k - 1))
                        : Result.notComputable(Reason.ZERO_VARIANCE, flatRest);
            }
            long n = in.pairN()[i * k + i];
            items.add(new ItemReliability(column, n, in.itemMean()[i],
                    Result.finite(Math.sqrt(variance), Reason.TOO_FEW_CASES, "an SD needs 2 answers"),
                    Result.finite(in.itemTotalR()[i], Reason.ZERO_VARIANCE,
                            "the person score does not vary among those who answered column " + column),
                    columnSumR / Math.sqrt(sumR), rDrop, dropRaw, dropStd));
        }
        return items;
    }

    private static double rawAlpha(double[] c, int k) {
        return k / (k - 1.0) * (1 - Matrices.trace(c, k) / Matrices.sum(c));
    }

    private static double standardizedAlpha(double[] r, int k) {
        return k / (k - 1.0) * (1 - k / Matrices.sum(r));
    }

    private static Result<OmegaTotal> omega(ItemCovariances in) {
        int k = in.k();
        double[] r = in.pairwiseCorrelation();
        for (double v : r) {
            if (!Double.isFinite(v)) {
                return Result.notComputable(Reason.ZERO_VARIANCE,
                        "an item does not vary among the respondents who answered it together with another");
            }
        }
        return MinresFactor.fit(r, k).map(fitted -> {
            double sumR = Matrices.sum(r);
            double sumLoadings = 0;
            double sumUniqueness = 0;
            List<Double> loadings = new ArrayList<>(k);
            List<Double> uniquenesses = new ArrayList<>(k);
            for (double l : fitted) {
                sumLoadings += l;
                sumUniqueness += 1 - l * l;
                loadings.add(l);
                uniquenesses.add(1 - l * l);
            }
            return new OmegaTotal((sumR - sumUniqueness) / sumR,
                    sumLoadings * sumLoadings / (sumLoadings * sumLoadings + sumUniqueness), loadings, uniquenesses);
        });
    }
}
