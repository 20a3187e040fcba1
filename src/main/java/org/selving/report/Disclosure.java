package org.selving.report;

import java.util.Arrays;

/**
 * Which cells of an assessment's table may be shown: a cell is a node of the unit tree (with
 * everything below it) in a column, all respondents ({@link Headcount#ALL}) or one segment. Decided
 * once per assessment by {@link DisclosureControl} over the whole organization; every view (the
 * whole report, a unit's subtree, a segment, an export) shows exactly the cells shown here.
 */
final class Disclosure {

    private final Headcount counts;
    private final int k;
    private final boolean[] hidden;

    Disclosure(Headcount counts, int k, boolean[] hidden) {
        this.counts = counts;
        this.k = k;
        this.hidden = hidden.clone();
    }

    Headcount counts() {
        return counts;
    }

    CellTree tree() {
        return counts.tree();
    }

    int k() {
        return k;
    }

    boolean shown(int node, int column) {
        return !hidden[node * (counts.segments() + 1) + column];
    }

    /** Why the cell is withheld; {@code null} when it is shown. */
    Withheld withheld(int node, int column) {
        if (shown(node, column)) {
            return null;
        }
        return counts.cell(node, column) < k ? Withheld.FEWER_THAN_K : Withheld.PROTECTS_SMALLER_GROUP;
    }

    /**
     * The deepest shown cell of the column that contains the node: the node itself when shown,
     * otherwise its nearest shown ancestor; -1 when none is shown.
     */
    int owner(int node, int column) {
        for (int n = node; n >= 0; n = tree().parent(n)) {
            if (shown(n, column)) {
                return n;
            }
        }
        return -1;
    }

    /**
     * The shown cells of the column strictly below {@code node} and no deeper than {@code maxDepth}
     * that have no shown ancestor between them and {@code node}.
     */
    int[] topShownBelow(int node, int column, int maxDepth) {
        int[] found = new int[tree().size()];
        int count = collect(node, column, maxDepth, found, 0);
        return Arrays.copyOf(found, count);
    }

    private int collect(int node, int column, int maxDepth, int[] found, int count) {
        for (int child : tree().children(node)) {
            if (tree().depth(child) > maxDepth) {
                continue;
            }
            if (shown(child, column)) {
                found[count++] = child;
            } else {
                count = collect(child, column, maxDepth, found, count);
            }
        }
        return count;
    }

    /**
     * The respondents of a shown cell that no shown cell below it covers (at most {@code maxDepth}
     * deep): its own direct members and what lies in withheld units below it. The rules make this
     * either 0 or at least k, so it can itself be shown as "the others".
     */
    long remainder(int node, int column, int maxDepth) {
        long remainder = counts.cell(node, column);
        for (int shownBelow : topShownBelow(node, column, maxDepth)) {
            remainder -= counts.cell(shownBelow, column);
        }
        return remainder;
    }
}
