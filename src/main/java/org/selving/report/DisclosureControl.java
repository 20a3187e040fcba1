package org.selving.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Decides which cells of an assessment may be shown, so that nobody can learn what a group of fewer
 * than k respondents answered, from any combination of the shown figures. This is the one place the
 * anonymity rules live; everything that leaves the server is cut to its {@link Disclosure}.
 * <p>
 * Every figure of a report (counts, means, SDs, answer distributions, favorable shares, eNPS) is a
 * sum over respondents, so it is additive: a unit's figure is its direct members' plus its
 * children's, and a unit's figure is the sum of its segments'. A cell is a node of the unit tree in
 * a column (everybody, or one segment). The rules, applied until nothing changes:
 * <ol>
 * <li>A cell with fewer than k respondents is withheld ("fewer than k responses").</li>
 * <li>Along the tree, within every column: for a shown cell, what its shown descendants leave
 * uncovered (its direct members and its withheld units, the "remainder") can be worked out by
 * subtraction. It must hold no respondent or at least k, and it must not consist of a single
 * withheld unit (which would then be known exactly). Otherwise the smallest shown cell whose own
 * remainder is not empty is withheld too (next smallest first), and the check runs again.</li>
 * <li>Across the segments of a shown unit: the withheld segments together with those who gave no
 * segment must hold no respondent or at least k, and must not be a single withheld segment;
 * otherwise the smallest shown segment is withheld too.</li>
 * <li>A withheld unit is withheld in every segment.</li>
 * <li>An exact check of everything at once: taking the shown cells as linear equations over the
 * smallest groups (a unit's direct members in one segment), no group of 1 to k - 1 respondents
 * (any cell, in any column including "no segment", and any unit's direct members) may be a linear
 * combination of shown cells. If one is, a shown cell involved is withheld.</li>
 * </ol>
 * The organization as a whole is only withheld when it has fewer than k respondents, or when figures
 * shown apart leave no other way (a live room's total beside one person who answered outside it).
 * <p>
 * Figures shown apart from the report ({@link ShownApart}: the rooms of live workshop sessions) join
 * the exact check as shown equations over finer groups (each part, and the rest of its unit's direct
 * members), and those groups join the targets; a target that the figures shown apart give away by
 * themselves is no longer the report's to protect (that would withhold everything, in vain).
 */
final class DisclosureControl {

    /** How many cells the exact check tries to withhold one by one before it takes the smallest. */
    private static final int TRIALS = 64;

    private final Headcount counts;
    private final CellTree tree;
    private final int k;
    private final int width;
    private final boolean[] hidden;
    private final ShownApart apart;

    private DisclosureControl(Headcount counts, int k, IntPredicate withheldNodes, ShownApart apart) {
        this.counts = counts;
        this.apart = apart;
        this.tree = counts.tree();
        this.k = k;
        this.width = counts.segments() + 1;
        this.hidden = new boolean[tree.size() * width];
        for (int node = 0; node < tree.size(); node++) {
            for (int column = 0; column < width; column++) {
                hidden[cell(node, column)] = counts.cell(node, column) < k
                        || (column == Headcount.ALL && withheldNodes.test(node));
            }
        }
    }

    /** The cells that may be shown when every group must hold at least {@code k} respondents. */
    static Disclosure decide(Headcount counts, int k) {
        return decide(counts, k, node -> false);
    }

    /**
     * As {@link #decide(Headcount, int)}, with the nodes {@code withheldNodes} accepts withheld from
     * the start (a table of other counts, such as used access codes, that must not show what the
     * respondents' table hides).
     */
    static Disclosure decide(Headcount counts, int k, IntPredicate withheldNodes) {
        return decide(counts, k, withheldNodes, ShownApart.NONE);
    }

    /** As {@link #decide(Headcount, int)}, with figures of parts of some units already shown apart. */
    static Disclosure decide(Headcount counts, int k, ShownApart apart) {
        return decide(counts, k, node -> false, apart);
    }

    private static Disclosure decide(Headcount counts, int k, IntPredicate withheldNodes, ShownApart apart) {
        DisclosureControl control = new DisclosureControl(counts, k, withheldNodes, apart);
        control.run();
        return new Disclosure(counts, k, control.hidden);
    }

    /**
     * The decisions for a larger k on top of decisions already taken (the outsiders' cells of a mirror
     * assessment, shown in an internal report whose k is larger): every cell they withhold stays
     * withheld, so that the two views together show nothing the first does not, and the rules then
     * run again for the larger k, so that the second alone singles out no group below it (with what live
     * rooms showed apart, as the first decisions were taken).
     */
    static Disclosure atLeast(Disclosure decided, int k, ShownApart apart) {
        if (k <= decided.k()) {
            return decided;
        }
        Headcount counts = decided.counts();
        DisclosureControl control = new DisclosureControl(counts, k, node -> false, apart);
        for (int node = 0; node < control.tree.size(); node++) {
            for (int column = 0; column < control.width; column++) {
                control.hidden[control.cell(node, column)] |= !decided.shown(node, column);
            }
        }
        control.run();
        return new Disclosure(counts, k, control.hidden);
    }

    private void run() {
        while (true) {
            withholdSegmentsOfWithheldUnits();
            if (treeRule() || segmentRule() || exactCheck()) {
                continue;
            }
            return;
        }
    }

    private int cell(int node, int column) {
        return node * width + column;
    }

    private boolean isHidden(int node, int column) {
        return hidden[cell(node, column)];
    }

    private long count(int node, int column) {
        return counts.cell(node, column);
    }

    /** The organization as a whole is withheld only below k, or when figures shown apart leave it no other way. */
    private boolean mayWithhold(int node, int column) {
        return !(node == CellTree.ROOT && column == Headcount.ALL && apart.isEmpty()) && !isHidden(node, column);
    }

    // ---- rule 4

    private void withholdSegmentsOfWithheldUnits() {
        for (int node = 0; node < tree.size(); node++) {
            if (isHidden(node, Headcount.ALL)) {
                for (int column = 1; column < width; column++) {
                    hidden[cell(node, column)] = true;
                }
            }
        }
    }

    // ---- rule 2

    private boolean treeRule() {
        for (int column = 0; column < width; column++) {
            for (int node = 0; node < tree.size(); node++) {
                if (!isHidden(node, column) && treeRuleBroken(node, column) && protect(node, column)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shown descendants of a node with no shown cell between them and it; withheld ones in between go to {@code hiddenBetween}. */
    private List<Integer> topShown(int node, int column, List<Integer> hiddenBetween) {
        List<Integer> shown = new ArrayList<>();
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int child : tree.children(node)) {
            open.push(child);
        }
        while (!open.isEmpty()) {
            int n = open.pop();
            if (!isHidden(n, column)) {
                shown.add(n);
            } else {
                if (hiddenBetween != null) {
                    hiddenBetween.add(n);
                }
                for (int child : tree.children(n)) {
                    open.push(child);
                }
            }
        }
        return shown;
    }

    /** What of the cell no shown cell below it covers; it follows by subtraction. */
    private long remainder(int node, int column) {
        long remainder = count(node, column);
        for (int below : topShown(node, column, null)) {
            remainder -= count(below, column);
        }
        return remainder;
    }

    private boolean treeRuleBroken(int node, int column) {
        List<Integer> hiddenBetween = new ArrayList<>();
        long remainder = count(node, column);
        for (int below : topShown(node, column, hiddenBetween)) {
            remainder -= count(below, column);
        }
        if (remainder == 0) {
            return false;
        }
        if (remainder < k) {
            return true;
        }
        // A withheld unit holding the whole remainder would be known exactly.
        for (int h : hiddenBetween) {
            if (count(h, column) > 0 && remainder(h, column) == remainder) {
                return true;
            }
        }
        return false;
    }

    /**
     * Widens the node's remainder: withholds the smallest shown cell below it whose own remainder
     * is not empty (that remainder then joins this one); failing that, the smallest shown cell
     * below it (its children come next); failing that, the node itself.
     */
    private boolean protect(int node, int column) {
        List<Integer> below = topShown(node, column, null);
        below.sort(Comparator.comparingLong((Integer n) -> count(n, column)).thenComparing(n -> n));
        for (int candidate : below) {
            if (remainder(candidate, column) > 0) {
                return withhold(candidate, column);
            }
        }
        if (!below.isEmpty()) {
            return withhold(below.get(0), column);
        }
        return mayWithhold(node, column) && withhold(node, column);
    }

    private boolean withhold(int node, int column) {
        hidden[cell(node, column)] = true;
        return true;
    }

    // ---- rule 3

    private boolean segmentRule() {
        if (width == 1) {
            return false;
        }
        for (int node = 0; node < tree.size(); node++) {
            if (isHidden(node, Headcount.ALL)) {
                continue;
            }
            long remainder = counts.withoutSegment(node);
            int hiddenSegments = 0;
            for (int column = 1; column < width; column++) {
                if (isHidden(node, column) && count(node, column) > 0) {
                    remainder += count(node, column);
                    hiddenSegments++;
                }
            }
            boolean broken = remainder > 0 && remainder < k
                    || hiddenSegments == 1 && counts.withoutSegment(node) == 0;
            if (broken && protectSegments(node)) {
                return true;
            }
        }
        return false;
    }

    private boolean protectSegments(int node) {
        int smallest = -1;
        for (int column = 1; column < width; column++) {
            if (!isHidden(node, column) && count(node, column) > 0
                    && (smallest < 0 || count(node, column) < count(node, smallest))) {
                smallest = column;
            }
        }
        if (smallest > 0) {
            return withhold(node, smallest);
        }
        return mayWithhold(node, Headcount.ALL) && withhold(node, Headcount.ALL);
    }

    // ---- rule 5

    /** A group of 1..k-1 respondents that must not be derivable. */
    private record Target(int[] members) {
    }

    private boolean exactCheck() {
        SmallestGroups groups = new SmallestGroups(counts, apart);
        List<Target> targets = targets(groups);
        if (targets.isEmpty()) {
            return false;
        }
        ShownEquations equations = shownEquations(groups);
        for (Target target : targets) {
            if (equations.derives(target.members())) {
                return withholdOneOf(groups, target);
            }
        }
        return false;
    }

    private List<Target> targets(SmallestGroups groups) {
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int node = 0; node < tree.size(); node++) {
            for (int segment = -1; segment < width; segment++) {
                addTarget(groups, groups.ofSubtree(node, segment), targets, seen);
                if (!tree.isLeaf(node)) {
                    addTarget(groups, groups.ofDirect(node, segment), targets, seen);
                }
            }
        }
        if (apart.isEmpty()) {
            return targets;
        }
        for (int[] part : groups.ofEachPart()) {
            addTarget(groups, part, targets, seen);
        }
        for (int p = 1; p <= apart.parts(); p++) {
            for (int segment = -1; segment < width; segment++) {
                addTarget(groups, groups.ofRest(apart.nodes()[p], segment), targets, seen);
            }
        }
        for (ShownApart.PartCell group : apart.groups()) {
            addTarget(groups, groups.ofParts(group.parts(), group.segment()), targets, seen);
        }
        // what the figures shown apart give away by themselves was given away before the report
        ShownEquations shownApart = new ShownEquations(groups.size(), shownApart(groups));
        targets.removeIf(target -> shownApart.derives(target.members()));
        return targets;
    }

    private List<int[]> shownApart(SmallestGroups groups) {
        return apart.shown().stream().map(cell -> groups.ofParts(cell.parts(), cell.segment())).toList();
    }

    private void addTarget(SmallestGroups groups, int[] members, List<Target> targets, Set<String> seen) {
        long n = groups.count(members);
        if (n > 0 && n < k && seen.add(Arrays.toString(members))) {
            targets.add(new Target(members));
        }
    }

    /** Each shown cell as the groups it adds up, with its node and column. */
    private record ShownCell(int node, int column, int[] members) {
    }

    private List<ShownCell> shownCells(SmallestGroups groups) {
        List<ShownCell> shown = new ArrayList<>();
        for (int node = 0; node < tree.size(); node++) {
            for (int column = 0; column < width; column++) {
                if (!isHidden(node, column)) {
                    shown.add(new ShownCell(node, column, groups.ofSubtree(node, column == Headcount.ALL ? -1 : column)));
                }
            }
        }
        return shown;
    }

    /** The shown cells, as they stand now, as equations over the smallest groups. */
    private ShownEquations shownEquations(SmallestGroups groups) {
        List<int[]> equations = new ArrayList<>(shownCells(groups).stream().map(ShownCell::members).toList());
        equations.addAll(shownApart(groups));
        return new ShownEquations(groups.size(), equations);
    }

    /**
     * Withholds a shown cell so that the target can no longer be derived: the smallest one that does
     * it, trying first the cells that contain part of the target; failing that, the smallest of those.
     */
    private boolean withholdOneOf(SmallestGroups groups, Target target) {
        Set<Integer> members = new HashSet<>();
        for (int g : target.members()) {
            members.add(g);
        }
        List<ShownCell> candidates = new ArrayList<>();
        for (ShownCell cell : shownCells(groups)) {
            if (mayWithhold(cell.node(), cell.column())) {
                candidates.add(cell);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        candidates.sort(Comparator.comparing((ShownCell c) -> Arrays.stream(c.members()).noneMatch(members::contains))
                .thenComparingLong(c -> count(c.node(), c.column()))
                .thenComparingInt(ShownCell::node).thenComparingInt(ShownCell::column));
        for (ShownCell candidate : candidates.subList(0, Math.min(TRIALS, candidates.size()))) {
            hidden[cell(candidate.node(), candidate.column())] = true;
            if (!shownEquations(groups).derives(target.members())) {
                return true;
            }
            hidden[cell(candidate.node(), candidate.column())] = false;
        }
        ShownCell first = candidates.get(0);
        return withhold(first.node(), first.column());
    }
}
