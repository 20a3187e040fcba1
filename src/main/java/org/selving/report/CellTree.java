package org.selving.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.organization.UnitNode;

/**
 * An organization's units as the report sees them: node 0 is the organization itself, every other
 * node is a unit, numbered in preorder so that the subtree of node {@code i} is exactly the nodes
 * {@code i .. end(i) - 1}. Every figure of a node covers its whole subtree (units roll up).
 */
final class CellTree {

    static final int ROOT = 0;
    /** Unit ids spread over at most this range are looked up in an array. */
    private static final long DENSE_SPAN = 1 << 20;

    private final int[] parent;
    private final int[] depth;
    private final int[] end;
    private final int[][] children;
    private final long[] unitIds;
    private final String[] names;
    private final String[] paths;
    private final Map<Long, Integer> nodeOfUnit = new HashMap<>();
    /** Nodes by unit id - {@link #firstUnitId}, -1 for none: a million look-ups per report, without boxing. */
    private final int[] nodeByUnitId;
    private final long firstUnitId;

    private CellTree(List<Integer> parents, List<Long> unitIds, List<String> names, List<String> paths) {
        int size = parents.size();
        parent = new int[size];
        depth = new int[size];
        end = new int[size];
        this.unitIds = new long[size];
        this.names = names.toArray(String[]::new);
        this.paths = paths.toArray(String[]::new);
        List<List<Integer>> childLists = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            parent[i] = parents.get(i);
            this.unitIds[i] = unitIds.get(i);
            childLists.add(new ArrayList<>());
            if (i != ROOT) {
                requirePreorder(i);
                depth[i] = depth[parent[i]] + 1;
                childLists.get(parent[i]).add(i);
                nodeOfUnit.put(this.unitIds[i], i);
            }
        }
        long first = nodeOfUnit.keySet().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = nodeOfUnit.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        firstUnitId = first;
        nodeByUnitId = new int[last - first < DENSE_SPAN ? (int) (last - first + 1) : 0];
        Arrays.fill(nodeByUnitId, -1);
        if (nodeByUnitId.length > 0) {
            nodeOfUnit.forEach((id, node) -> nodeByUnitId[(int) (id - first)] = node);
        }
        children = new int[size][];
        for (int i = size - 1; i >= 0; i--) {
            children[i] = childLists.get(i).stream().mapToInt(Integer::intValue).toArray();
            end[i] = children[i].length == 0 ? i + 1 : end[children[i][children[i].length - 1]];
        }
    }

    /** In preorder, a node's parent is the node before it or one of that node's ancestors. */
    private void requirePreorder(int node) {
        for (int a = node - 1; a >= 0; a = parent[a]) {
            if (a == parent[node]) {
                return;
            }
        }
        throw new IllegalArgumentException("node " + node + " is not numbered in preorder");
    }

    /** The units of an organization (as its directory lists them), below a root named after it. */
    static CellTree of(String organizationName, List<UnitNode> topLevel) {
        List<Integer> parents = new ArrayList<>(List.of(-1));
        List<Long> ids = new ArrayList<>(List.of(-1L));
        List<String> names = new ArrayList<>(List.of(organizationName));
        List<String> paths = new ArrayList<>(List.of(organizationName));
        addAll(topLevel, ROOT, parents, ids, names, paths);
        return new CellTree(parents, ids, names, paths);
    }

    private static void addAll(List<UnitNode> nodes, int parent, List<Integer> parents, List<Long> ids,
            List<String> names, List<String> paths) {
        for (UnitNode node : nodes) {
            int index = parents.size();
            parents.add(parent);
            ids.add(node.id());
            names.add(node.name());
            paths.add(node.path());
            addAll(node.children(), index, parents, ids, names, paths);
        }
    }

    /**
     * A tree given by each node's parent (node 0, the root, has -1; a parent comes before its
     * children); unit ids are the node numbers. For tests of the disclosure rules.
     */
    static CellTree ofParents(int... parents) {
        List<Integer> parentList = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parents.length; i++) {
            parentList.add(parents[i]);
            ids.add((long) i);
            names.add("n" + i);
        }
        return new CellTree(parentList, ids, names, names);
    }

    int size() {
        return parent.length;
    }

    int parent(int node) {
        return parent[node];
    }

    int[] children(int node) {
        return children[node];
    }

    boolean isLeaf(int node) {
        return children[node].length == 0;
    }

    /** 0 for the organization, 1 for its top-level units, and so on. */
    int depth(int node) {
        return depth[node];
    }

    int maxDepth() {
        int max = 0;
        for (int d : depth) {
            max = Math.max(max, d);
        }
        return max;
    }

    /** One past the last node of the subtree of {@code node}. */
    int end(int node) {
        return end[node];
    }

    boolean isWithin(int node, int ancestor) {
        return node >= ancestor && node < end[ancestor];
    }

    /** The unit's id; -1 for the organization. */
    long unitId(int node) {
        return unitIds[node];
    }

    /** The node's unit id as reports give it: null for the organization as a whole. */
    Long reportedUnitId(int node) {
        return node == ROOT ? null : unitIds[node];
    }

    String name(int node) {
        return names[node];
    }

    /** Names from the top level down ({@code Operations / Warehouse}); the organization's name for node 0. */
    String path(int node) {
        return paths[node];
    }

    /** The node of a unit, or -1 if the organization has no such unit. */
    int nodeOf(long unitId) {
        if (nodeByUnitId.length > 0) {
            long at = unitId - firstUnitId;
            return at >= 0 && at < nodeByUnitId.length ? nodeByUnitId[(int) at] : -1;
        }
        return nodeOfUnit.getOrDefault(unitId, -1);
    }

    /** The node of a unit id as reports give it (null for the organization), or -1 if there is no such unit. */
    int nodeOfReported(Long unitId) {
        return unitId == null ? ROOT : nodeOf(unitId);
    }
}
