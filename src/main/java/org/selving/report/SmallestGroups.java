package org.selving.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The smallest groups of an assessment's respondents: a node's direct members in one segment
 * (0..S), those that have anyone. Every cell of a {@link Headcount} is a sum of some of them, which
 * is how {@link DisclosureControl}'s exact check writes cells and targets as equations.
 */
final class SmallestGroups {

    private final Headcount counts;
    private final CellTree tree;
    private final int width;
    private final int[] index;
    private final List<int[]> nodeAndSegment = new ArrayList<>();

    SmallestGroups(Headcount counts) {
        this.counts = counts;
        this.tree = counts.tree();
        this.width = counts.segments() + 1;
        this.index = new int[tree.size() * width];
        Arrays.fill(index, -1);
        for (int node = 0; node < tree.size(); node++) {
            for (int s = 0; s < width; s++) {
                if (counts.direct(node, s) > 0) {
                    index[node * width + s] = nodeAndSegment.size();
                    nodeAndSegment.add(new int[] {node, s});
                }
            }
        }
    }

    int size() {
        return nodeAndSegment.size();
    }

    /** The groups in the subtree of {@code node}, in segment {@code segment} or (-1) every segment. */
    int[] ofSubtree(int node, int segment) {
        List<Integer> out = new ArrayList<>();
        for (int n = node; n < tree.end(node); n++) {
            addDirect(n, segment, out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    int[] ofDirect(int node, int segment) {
        List<Integer> out = new ArrayList<>();
        addDirect(node, segment, out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addDirect(int node, int segment, List<Integer> out) {
        for (int s = 0; s < width; s++) {
            if ((segment < 0 || s == segment) && index[node * width + s] >= 0) {
                out.add(index[node * width + s]);
            }
        }
    }

    long count(int[] members) {
        long sum = 0;
        for (int g : members) {
            int[] ns = nodeAndSegment.get(g);
            sum += counts.direct(ns[0], ns[1]);
        }
        return sum;
    }
}
