package org.selving.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * What an attacker can work out from published totals by adding and subtracting them: every
 * published figure is a total over some groups of people ({@link #publish}); the total over another
 * set of groups can be derived exactly when its indicator vector is a linear combination of the
 * published ones. Exact rational arithmetic, no rounding, independent of the production code.
 */
public final class LinearAttack {

    private final int unknowns;
    private final List<BigFraction[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private final List<double[]> publishedRows = new ArrayList<>();
    private final List<Double> publishedValues = new ArrayList<>();

    /** @param unknowns how many disjoint groups the totals are made of */
    public LinearAttack(int unknowns) {
        this.unknowns = unknowns;
    }

    /** A published total over the groups with a non-zero coefficient (usually 1). */
    public void publish(double[] coefficients, double value) {
        publishedRows.add(coefficients.clone());
        publishedValues.add(value);
        BigFraction[] row = new BigFraction[unknowns];
        for (int i = 0; i < unknowns; i++) {
            row[i] = new BigFraction(Math.round(coefficients[i]));
        }
        reduce(row);
        int pivot = -1;
        for (int i = 0; i < unknowns; i++) {
            if (row[i].getNumerator().signum() != 0) {
                pivot = i;
                break;
            }
        }
        if (pivot < 0) {
            return;
        }
        BigFraction scale = row[pivot];
        for (int i = 0; i < unknowns; i++) {
            row[i] = row[i].divide(scale);
        }
        for (BigFraction[] b : basis) {
            BigFraction factor = b[pivot];
            if (factor.getNumerator().signum() != 0) {
                for (int i = 0; i < unknowns; i++) {
                    b[i] = b[i].subtract(factor.multiply(row[i]));
                }
            }
        }
        basis.add(row);
        pivots.add(pivot);
    }

    public void publishSet(int[] groups, double value) {
        double[] row = new double[unknowns];
        for (int g : groups) {
            row[g] = 1;
        }
        publish(row, value);
    }

    /** Whether the total over these groups follows exactly from what was published. */
    public boolean derives(int[] groups) {
        BigFraction[] row = new BigFraction[unknowns];
        for (int i = 0; i < unknowns; i++) {
            row[i] = BigFraction.ZERO;
        }
        for (int g : groups) {
            row[g] = BigFraction.ONE;
        }
        reduce(row);
        for (BigFraction v : row) {
            if (v.getNumerator().signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of the total over these groups, worked out from the published totals, when it can be
     * (the least-squares solution is then exact); {@code null} when it cannot.
     */
    public Double solve(int[] groups) {
        if (!derives(groups)) {
            return null;
        }
        org.apache.commons.math3.linear.RealMatrix a = new org.apache.commons.math3.linear.Array2DRowRealMatrix(
                publishedRows.toArray(double[][]::new));
        double[] b = publishedValues.stream().mapToDouble(Double::doubleValue).toArray();
        org.apache.commons.math3.linear.RealVector x = new org.apache.commons.math3.linear.SingularValueDecomposition(a)
                .getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(b));
        double total = 0;
        for (int g : groups) {
            total += x.getEntry(g);
        }
        return total;
    }

    private void reduce(BigFraction[] row) {
        for (int i = 0; i < basis.size(); i++) {
            BigFraction factor = row[pivots.get(i)];
            if (factor.getNumerator().signum() != 0) {
                BigFraction[] b = basis.get(i);
                for (int c = 0; c < unknowns; c++) {
                    row[c] = row[c].subtract(factor.multiply(b[c]));
                }
            }
        }
    }
}
