package org.selving.report;

/**
 * How many respondents each node of a tree holds, by segment: the counts every disclosure decision
 * is taken on. Segment 0 is "not given"; 1..S are the options of the segment question. A column is
 * 0 for all respondents, or a segment 1..S.
 */
final class Headcount {

    static final int ALL = 0;

    private final CellTree tree;
    private final int segments;
    private final long[] direct;
    private final long[] subtree;

    /**
     * @param direct respondents directly in node {@code n} with segment {@code s} (0..S) at
     *               {@code n * (S + 1) + s}
     */
    Headcount(CellTree tree, int segments, long[] direct) {
        if (direct.length != tree.size() * (segments + 1)) {
            throw new IllegalArgumentException("need " + tree.size() * (segments + 1) + " counts, got " + direct.length);
        }
        this.tree = tree;
        this.segments = segments;
        this.direct = direct.clone();
        this.subtree = direct.clone();
        int width = segments + 1;
        for (int node = tree.size() - 1; node > CellTree.ROOT; node--) {
            int parent = tree.parent(node);
            for (int s = 0; s < width; s++) {
                subtree[parent * width + s] += subtree[node * width + s];
            }
        }
    }

    /** Counts the respondents of a scan: {@code nodes[r]} and {@code segmentOf[r]} (0..S) of each. */
    static Headcount of(CellTree tree, int segments, int[] nodes, byte[] segmentOf) {
        long[] direct = new long[tree.size() * (segments + 1)];
        for (int r = 0; r < nodes.length; r++) {
            direct[nodes[r] * (segments + 1) + segmentOf[r]]++;
        }
        return new Headcount(tree, segments, direct);
    }

    CellTree tree() {
        return tree;
    }

    int segments() {
        return segments;
    }

    /** Respondents of the node's subtree in a column: everybody ({@link #ALL}) or segment 1..S. */
    long cell(int node, int column) {
        if (column == ALL) {
            long sum = 0;
            for (int s = 0; s <= segments; s++) {
                sum += subtree[node * (segments + 1) + s];
            }
            return sum;
        }
        return subtree[node * (segments + 1) + column];
    }

    /** Respondents of the node's subtree who gave no segment. */
    long withoutSegment(int node) {
        return subtree[node * (segments + 1)];
    }

    /** Respondents directly in the node (not in a unit below it) with segment 0..S. */
    long direct(int node, int segment) {
        return direct[node * (segments + 1) + segment];
    }
}
