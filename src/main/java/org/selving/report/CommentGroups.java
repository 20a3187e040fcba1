package org.selving.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the comments to one prompt are grouped for showing: every comment in exactly one group, and
 * every group written by at least the comment threshold of people. A unit with that many comments
 * forms its own group; the comments of smaller units go into their parent's group, and so on up;
 * what is left at the top forms the organization's group, joined by the smallest other groups if it
 * is still too small. Since no comment is shown twice, no group can be taken apart by subtracting
 * another. The grouping is made once over the whole organization, so every view shows the same groups.
 */
final class CommentGroups {

    /**
     * @param anchor  the node the group is shown under
     * @param members the nodes whose comments it holds (those that have any)
     */
    record Group(int anchor, List<Integer> members) {

        /** Whether comments of units other than the anchor are mixed in. */
        boolean includesOtherUnits() {
            return members.stream().anyMatch(member -> member != anchor);
        }
    }

    private final CellTree tree;
    private final long[] comments;
    private final int threshold;
    private final List<Group> groups = new ArrayList<>();

    private CommentGroups(CellTree tree, long[] comments, int threshold) {
        this.tree = tree;
        this.comments = comments;
        this.threshold = threshold;
    }

    /**
     * @param comments  per node, the comments written directly in it (one per person and prompt)
     * @param threshold the fewest people a shown group may come from
     */
    static List<Group> of(CellTree tree, long[] comments, int threshold) {
        CommentGroups grouping = new CommentGroups(tree, comments, threshold);
        grouping.groupTop();
        return List.copyOf(grouping.groups);
    }

    private record Pool(long comments, List<Integer> members) {
    }

    private void groupTop() {
        Pool top = fold(CellTree.ROOT);
        long pooled = top.comments();
        List<Integer> members = new ArrayList<>(top.members());
        groups.sort(Comparator.comparingLong(this::size).thenComparingInt(Group::anchor));
        while (pooled > 0 && pooled < threshold && !groups.isEmpty()) {
            Group smallest = groups.remove(0);
            pooled += size(smallest);
            members.addAll(smallest.members());
        }
        if (pooled >= threshold) {
            groups.add(new Group(CellTree.ROOT, members));
        }
        groups.sort(Comparator.comparingInt(Group::anchor));
    }

    private Pool fold(int node) {
        long pooled = comments[node];
        List<Integer> members = new ArrayList<>();
        if (pooled > 0) {
            members.add(node);
        }
        for (int child : tree.children(node)) {
            Pool below = fold(child);
            if (below.comments() >= threshold) {
                groups.add(new Group(child, below.members()));
            } else {
                pooled += below.comments();
                members.addAll(below.members());
            }
        }
        return new Pool(pooled, members);
    }

    private long size(Group group) {
        long size = 0;
        for (int node : group.members()) {
            size += comments[node];
        }
        return size;
    }
}
