package org.selving.stats;

import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * A one-factor minres fit of a correlation matrix: the loadings lambda that minimise the sum of
 * squared off-diagonal residuals sum_{i<j} (r_ij - lambda_i lambda_j)^2, which is what psych::fa
 * (fm = "minres") optimises.
 * <p>
 * It runs iterated principal axes: put the communalities on the diagonal, take the first
 * eigenvector scaled by the root of its eigenvalue, make its squares the new communalities. The
 * fixed point satisfies sum_{j != i} r_ij lambda_j = lambda_i sum_{j != i} lambda_j^2, which is
 * exactly the stationarity condition of the minres criterion, so both reach the same loadings.
 * As in psych, the start is the squared multiple correlations and uniquenesses are kept at or
 * above 0.005. A fit that ends on that bound is a Heywood case and is reported as such instead
 * of as loadings (psych would print them with a warning).
 */
final class MinresFactor {

    private static final double MAX_COMMUNALITY = 1 - 0.005;
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 10_000;

    private MinresFactor() {
    }

    /** The loadings, oriented so that they sum to a positive number. */
    static Result<double[]> fit(double[] correlation, int k) {
        double[] communality = Matrices.squaredMultipleCorrelations(correlation, k);
        for (int i = 0; i < k; i++) {
            communality[i] = clamp(communality[i]);
        }
        double[] reduced = correlation.clone();
        double[] loadings = new double[k];
        try {
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                for (int i = 0; i < k; i++) {
                    reduced[i * k + i] = communality[i];
                }
                firstPrincipalAxis(reduced, k, loadings);
                double change = 0;
                for (int i = 0; i < k; i++) {
                    double next = clamp(loadings[i] * loadings[i]);
                    change = Math.max(change, Math.abs(next - communality[i]));
                    communality[i] = next;
                }
                if (change < TOLERANCE) {
                    for (int i = 0; i < k; i++) {
                        if (communality[i] >= MAX_COMMUNALITY) {
                            return Result.notComputable(Reason.HEYWOOD_CASE,
                                    "item " + (i + 1) + " of the scale would need a communality of 1 or more");
                        }
                    }
                    return Result.of(oriented(loadings));
                }
            }
        } catch (MaxCountExceededException | MathArithmeticException e) {
            return Result.notComputable(Reason.NOT_CONVERGED, "the eigen decomposition failed: " + e.getMessage());
        }
        return Result.notComputable(Reason.NOT_CONVERGED,
                "minres did not settle within " + MAX_ITERATIONS + " principal-axis iterations");
    }

    /** Loadings of the first principal axis: the leading eigenvector times the root of its eigenvalue. */
    private static void firstPrincipalAxis(double[] matrix, int k, double[] loadings) {
        EigenDecomposition eigen = Matrices.symmetricEigen(matrix, k);
        double[] values = eigen.getRealEigenvalues();
        int largest = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[largest]) {
                largest = i;
            }
        }
        RealVector vector = eigen.getEigenvector(largest);
        double scale = Math.sqrt(Math.max(values[largest], 0));
        for (int i = 0; i < k; i++) {
            loadings[i] = vector.getEntry(i) * scale;
        }
    }

    private static double clamp(double communality) {
        return Math.min(Math.max(communality, 0), MAX_COMMUNALITY);
    }

    /** A factor's sign is arbitrary; orient it as psych reports it. */
    private static double[] oriented(double[] loadings) {
        double sum = 0;
        for (double l : loadings) {
            sum += l;
        }
        double[] out = loadings.clone();
        if (sum < 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = -out[i];
            }
        }
        return out;
    }
}
