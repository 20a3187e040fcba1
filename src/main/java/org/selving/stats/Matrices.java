package org.selving.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Small symmetric matrices, stored row-major in a double[] of k x k. */
final class Matrices {

    private Matrices() {
    }

    static RealMatrix toReal(double[] m, int k) {
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m, i * k, rows[i], 0, k);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    static double sum(double[] m) {
        double s = 0;
        for (double v : m) {
            s += v;
        }
        return s;
    }

    static double trace(double[] m, int k) {
        double t = 0;
        for (int i = 0; i < k; i++) {
            t += m[i * k + i];
        }
        return t;
    }

    /** The matrix without row and column {@code drop}. */
    static double[] without(double[] m, int k, int drop) {
        double[] out = new double[(k - 1) * (k - 1)];
        int o = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != drop && j != drop) {
                    out[o++] = m[i * k + j];
                }
            }
        }
        return out;
    }

    /** cov2cor: C_ij / sqrt(C_ii C_jj). */
    static double[] covarianceToCorrelation(double[] c, int k) {
        double[] r = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                r[i * k + j] = i == j ? 1 : c[i * k + j] / Math.sqrt(c[i * k + i] * c[j * k + j]);
            }
        }
        return r;
    }

    /**
     * Squared multiple correlations 1 - 1/(R^+)_ii with the Moore-Penrose inverse, as psych::smc
     * does (psych::Pinv drops singular values below sqrt(machine epsilon) times the largest), so
     * that a singular R still yields values.
     */
    static double[] squaredMultipleCorrelations(double[] r, int k) {
        SingularValueDecomposition svd = new SingularValueDecomposition(toReal(r, k));
        double[] d = svd.getSingularValues();
        double tolerance = Math.sqrt(Math.ulp(1.0)) * d[0];
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double[] smc = new double[k];
        for (int i = 0; i < k; i++) {
            double inverseDiagonal = 0;
            for (int s = 0; s < d.length; s++) {
                if (d[s] > tolerance) {
                    inverseDiagonal += v.getEntry(i, s) * u.getEntry(i, s) / d[s];
                }
            }
            smc[i] = 1 - 1 / inverseDiagonal;
        }
        return smc;
    }

    /** Eigenvalues (descending) and eigenvectors (columns) of a symmetric matrix. */
    static EigenDecomposition symmetricEigen(double[] m, int k) {
        return new EigenDecomposition(toReal(m, k));
    }
}
