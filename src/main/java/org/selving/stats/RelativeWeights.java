package org.selving.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's (2000) relative weights: how much of the outcome's explained variance R^2 each
 * predictor accounts for, fairly split among correlated predictors.
 * <p>
 * With R_xx = Q diag(lambda) Q', the orthogonal counterparts Z of the predictors relate to them
 * by Lambda = Q diag(sqrt(lambda)) Q'; the outcome's weights on Z are beta = Lambda^-1 r_xy, and
 * predictor j's raw weight is sum_k Lambda_jk^2 beta_k^2. The raw weights add up to R^2.
 *
 * @param n                respondents behind the correlations
 * @param rSquared         R^2 of the regression of the outcome on all predictors
 * @param rawWeights       per predictor, in predictor order; they sum to R^2
 * @param rescaledWeights  raw weights as percentages of R^2
 */
public record RelativeWeights(long n, double rSquared, List<Double> rawWeights, List<Double> rescaledWeights) {

    /** Eigenvalues below this fraction of the largest make R_xx singular for our purpose. */
    private static final double SINGULAR = 1e-10;

    public RelativeWeights {
        rawWeights = List.copyOf(rawWeights);
        rescaledWeights = List.copyOf(rescaledWeights);
    }

    /** Relative weights of {@code predictors} (each an array of values) for {@code outcome}, complete rows only. */
    public static Result<RelativeWeights> of(double[][] predictors, double[] outcome) {
        int p = predictors.length;
        double[][] variables = new double[p + 1][];
        System.arraycopy(predictors, 0, variables, 0, p);
        variables[p] = outcome;
        for (double[] v : variables) {
            if (v.length != outcome.length) {
                throw new IllegalArgumentException("every predictor needs one value per outcome value");
            }
        }
        List<double[]> complete = new ArrayList<>();
        for (int row = 0; row < outcome.length; row++) {
            double[] values = new double[p + 1];
            boolean present = true;
            for (int v = 0; v <= p; v++) {
                values[v] = variables[v][row];
                present &= !Double.isNaN(values[v]);
            }
            if (present) {
                complete.add(values);
            }
        }
        double[] means = new double[p + 1];
        for (double[] values : complete) {
            for (int v = 0; v <= p; v++) {
                means[v] += values[v] / complete.size();
            }
        }
        double[] crossProducts = new double[(p + 1) * (p + 1)];
        for (double[] values : complete) {
            for (int a = 0; a <= p; a++) {
                for (int b = 0; b <= p; b++) {
                    crossProducts[a * (p + 1) + b] += (values[a] - means[a]) * (values[b] - means[b]);
                }
            }
        }
        return fromCentredCrossProducts(crossProducts, p, complete.size());
    }

    /**
     * From the centred cross-product matrix of the p predictors followed by the outcome
     * ((p + 1) x (p + 1), row-major) over n complete rows.
     */
    static Result<RelativeWeights> fromCentredCrossProducts(double[] crossProducts, int p, long n) {
        if (p == 0) {
            return Result.notComputable(Reason.TOO_FEW_ITEMS, "relative weights need at least one predictor");
        }
        if (n < p + 2) {
            return Result.notComputable(Reason.TOO_FEW_CASES,
                    p + " predictors need at least " + (p + 2) + " complete respondents, got " + n);
        }
        int size = p + 1;
        for (int v = 0; v < size; v++) {
            if (!(crossProducts[v * size + v] > 0)) {
                return Result.notComputable(Reason.ZERO_VARIANCE,
                        (v == p ? "the outcome" : "predictor " + v) + " does not vary");
            }
        }
        double[] rxx = new double[p * p];
        double[] rxy = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                rxx[a * p + b] = a == b ? 1 : correlation(crossProducts, size, a, b);
            }
            rxy[a] = correlation(crossProducts, size, a, p);
        }
        EigenDecomposition eigen = Matrices.symmetricEigen(rxx, p);
        double[] lambda = eigen.getRealEigenvalues();
        double largest = 0;
        for (double l : lambda) {
            largest = Math.max(largest, l);
        }
        for (double l : lambda) {
            if (!(l > SINGULAR * largest)) {
                return Result.notComputable(Reason.SINGULAR_MATRIX,
                        "the predictors are (nearly) linear combinations of each other");
            }
        }
        RealMatrix q = eigen.getV();
        double[] lambdaRoot = new double[p * p];
        double[] lambdaInverseRoot = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double root = 0;
                double inverseRoot = 0;
                for (int e = 0; e < p; e++) {
                    double qq = q.getEntry(a, e) * q.getEntry(b, e);
                    root += qq * Math.sqrt(lambda[e]);
                    inverseRoot += qq / Math.sqrt(lambda[e]);
                }
                lambdaRoot[a * p + b] = root;
                lambdaInverseRoot[a * p + b] = inverseRoot;
            }
        }
        double[] beta = new double[p];
        double rSquared = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                beta[a] += lambdaInverseRoot[a * p + b] * rxy[b];
            }
            rSquared += beta[a] * beta[a];
        }
        if (!(rSquared > 0)) {
            return Result.notComputable(Reason.ZERO_VARIANCE, "the predictors explain none of the outcome");
        }
        List<Double> raw = new ArrayList<>(p);
        List<Double> rescaled = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double weight = 0;
            for (int e = 0; e < p; e++) {
                weight += lambdaRoot[j * p + e] * lambdaRoot[j * p + e] * beta[e] * beta[e];
            }
            raw.add(weight);
            rescaled.add(100 * weight / rSquared);
        }
        return Result.of(new RelativeWeights(n, rSquared, raw, rescaled));
    }

    private static double correlation(double[] crossProducts, int size, int a, int b) {
        return crossProducts[a * size + b]
                / Math.sqrt(crossProducts[a * size + a] * crossProducts[b * size + b]);
    }
}
