package org.selving.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The smallest groups of an assessment's respondents: a node's direct members in one segment
 * (0..S), those that have anyone; where parts of a node's direct members were shown apart from the
 * report ({@link ShownApart}), each such part in each segment, and the rest of the node's direct
 * members in each segment. Every cell of a {@link Headcount}, and every figure shown apart, is a sum
 * of some of them, which is how {@link DisclosureControl}'s exact check writes cells and targets as
 * equations.
 */
final class SmallestGroups {

    private final CellTree tree;
    private final int width;
    /** Per node and segment ({@code node * width + s}): its groups, the rest first. */
    private final List<List<Integer>> ofCell = new ArrayList<>();
    /** Per node and segment: the group of the rest of its direct members, -1 when empty. */
    private final int[] rest;
    /** Per group: its respondents, and its part (0 for the rest) and segment. */
    private final List<long[]> groups = new ArrayList<>();

    SmallestGroups(Headcount counts) {
        this(counts, ShownApart.NONE);
    }

    SmallestGroups(Headcount counts, ShownApart apart) {
        this.tree = counts.tree();
        this.width = counts.segments() + 1;
        this.rest = new int[tree.size() * width];
        List<List<Integer>> partsOfNode = new ArrayList<>();
        for (int node = 0; node < tree.size(); node++) {
            partsOfNode.add(new ArrayList<>());
        }
        for (int p = 1; p <= apart.parts(); p++) {
            partsOfNode.get(apart.nodes()[p]).add(p);
        }
        for (int node = 0; node < tree.size(); node++) {
            for (int s = 0; s < width; s++) {
                List<Integer> cell = new ArrayList<>();
                long others = counts.direct(node, s) - apart.inParts(node, s);
                if (others < 0) {
                    throw new IllegalArgumentException("node " + node + " has fewer direct members in segment " + s
                            + " than its parts shown apart");
                }
                rest[node * width + s] = others > 0 ? add(cell, others, 0, s) : -1;
                for (int p : partsOfNode.get(node)) {
                    if (apart.count(p, s) > 0) {
                        add(cell, apart.count(p, s), p, s);
                    }
                }
                ofCell.add(cell);
            }
        }
    }

    private int add(List<Integer> cell, long count, int part, int segment) {
        cell.add(groups.size());
        groups.add(new long[] {count, part, segment});
        return groups.size() - 1;
    }

    int size() {
        return groups.size();
    }

    /** The groups in the subtree of {@code node}, in segment {@code segment} or (-1) every segment. */
    int[] ofSubtree(int node, int segment) {
        List<Integer> out = new ArrayList<>();
        for (int n = node; n < tree.end(node); n++) {
            addDirect(n, segment, out);
        }
        return toArray(out);
    }

    int[] ofDirect(int node, int segment) {
        List<Integer> out = new ArrayList<>();
        addDirect(node, segment, out);
        return toArray(out);
    }

    /** The node's direct members in the segment (or -1 every segment) that belong to no part shown apart. */
    int[] ofRest(int node, int segment) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < width; s++) {
            if ((segment < 0 || s == segment) && rest[node * width + s] >= 0) {
                out.add(rest[node * width + s]);
            }
        }
        return toArray(out);
    }

    /** The groups of these parts, in one segment or (-1) every segment. */
    int[] ofParts(int[] parts, int segment) {
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            long[] group = groups.get(g);
            if (group[1] > 0 && (segment < 0 || group[2] == segment) && contains(parts, (int) group[1])) {
                out.add(g);
            }
        }
        return toArray(out);
    }

    /** Each group of a part shown apart, on its own. */
    List<int[]> ofEachPart() {
        List<int[]> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g)[1] > 0) {
                out.add(new int[] {g});
            }
        }
        return out;
    }

    private void addDirect(int node, int segment, List<Integer> out) {
        for (int s = 0; s < width; s++) {
            if (segment < 0 || s == segment) {
                out.addAll(ofCell.get(node * width + s));
            }
        }
    }

    long count(int[] members) {
        long sum = 0;
        for (int g : members) {
            sum += groups.get(g)[0];
        }
        return sum;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
