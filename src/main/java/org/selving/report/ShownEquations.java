package org.selving.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The shown cells as linear equations over the smallest groups. Groups that some equation pins
 * down alone are peeled off first (cheaply, they are most of them in a large organization); the
 * rest is reduced to row echelon form, so that whether a group's total follows from the shown
 * totals is one reduction.
 */
final class ShownEquations {

    private static final double EPSILON = 1e-7;

    private final boolean[] known;
    private final int[] column;
    private final List<double[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    /**
     * @param groups how many smallest groups there are
     * @param shown  each shown cell as the groups it adds up
     */
    ShownEquations(int groups, List<int[]> shown) {
        known = new boolean[groups];
        peel(groups, shown);
        column = new int[groups];
        int unknown = 0;
        for (int g = 0; g < groups; g++) {
            column[g] = known[g] ? -1 : unknown++;
        }
        for (int[] cell : shown) {
            double[] row = new double[unknown];
            boolean any = false;
            for (int g : cell) {
                if (!known[g]) {
                    row[column[g]] = 1;
                    any = true;
                }
            }
            if (any) {
                add(row);
            }
        }
    }

    /** Marks every group that an equation leaves as its only unknown, until none is left. */
    private void peel(int n, List<int[]> shown) {
        int[] unknownCount = new int[shown.size()];
        List<List<Integer>> equationsOf = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            equationsOf.add(new ArrayList<>());
        }
        ArrayDeque<Integer> single = new ArrayDeque<>();
        for (int e = 0; e < shown.size(); e++) {
            unknownCount[e] = shown.get(e).length;
            for (int g : shown.get(e)) {
                equationsOf.get(g).add(e);
            }
            if (unknownCount[e] == 1) {
                single.add(e);
            }
        }
        while (!single.isEmpty()) {
            int e = single.poll();
            if (unknownCount[e] != 1) {
                continue;
            }
            for (int g : shown.get(e)) {
                if (!known[g]) {
                    known[g] = true;
                    for (int other : equationsOf.get(g)) {
                        if (--unknownCount[other] == 1) {
                            single.add(other);
                        }
                    }
                }
            }
        }
    }

    private void add(double[] row) {
        reduce(row);
        int pivot = -1;
        for (int c = 0; c < row.length; c++) {
            if (Math.abs(row[c]) > EPSILON && (pivot < 0 || Math.abs(row[c]) > Math.abs(row[pivot]))) {
                pivot = c;
            }
        }
        if (pivot < 0) {
            return;
        }
        double scale = row[pivot];
        for (int c = 0; c < row.length; c++) {
            row[c] /= scale;
        }
        for (double[] b : basis) {
            double factor = b[pivot];
            if (factor != 0) {
                for (int c = 0; c < row.length; c++) {
                    b[c] -= factor * row[c];
                }
            }
        }
        basis.add(row);
        pivots.add(pivot);
    }

    private void reduce(double[] row) {
        for (int i = 0; i < basis.size(); i++) {
            double factor = row[pivots.get(i)];
            if (factor != 0) {
                double[] b = basis.get(i);
                for (int c = 0; c < row.length; c++) {
                    row[c] -= factor * b[c];
                }
            }
        }
    }

    /** Whether the total of these groups follows from the shown totals. */
    boolean derives(int[] members) {
        double[] row = new double[basis.isEmpty() ? countUnknown() : basis.get(0).length];
        boolean anyUnknown = false;
        for (int g : members) {
            if (!known[g]) {
                row[column[g]] = 1;
                anyUnknown = true;
            }
        }
        if (!anyUnknown) {
            return true;
        }
        reduce(row);
        for (double v : row) {
            if (Math.abs(v) > EPSILON) {
                return false;
            }
        }
        return true;
    }

    private int countUnknown() {
        int unknown = 0;
        for (boolean k : known) {
            if (!k) {
                unknown++;
            }
        }
        return unknown;
    }
}
