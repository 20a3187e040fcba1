package org.selving.report;

import java.util.List;

/**
 * Figures shown apart from an assessment's report, about parts of some units' direct members: the
 * rooms of live workshop sessions, whose screens show a room's figures as it answers (in steps of
 * k, then once by segment). Those parts are smaller than any cell of the report, so the report's
 * disclosure decisions must count them as groups of their own, take the figures shown of them as
 * shown, and never let a report cell be set against them (a unit's figure minus its room's is the
 * few people of the unit who were not in the room).
 *
 * @param nodes    per part 1..P, the node whose direct members it belongs to ({@code nodes[0]} unused)
 * @param counts   per part 1..P and segment 0..S, its respondents, at {@code p * (S + 1) + s}
 * @param segments S, the segments of the report's counts
 * @param shown    the figures shown of them: each the people of some parts, in one segment or all
 * @param groups   unions of parts that must not be singled out either when smaller than k (a room in
 *                 one segment), besides each part in each segment
 */
record ShownApart(int[] nodes, long[] counts, int segments, List<PartCell> shown, List<PartCell> groups) {

    /** Nothing shown apart from the report. */
    static final ShownApart NONE = new ShownApart(new int[1], new long[0], 0, List.of(), List.of());

    /**
     * The people of some parts, in one segment 0..S or in every one (-1).
     */
    record PartCell(int[] parts, int segment) {
    }

    /** P: parts are numbered 1..P. */
    int parts() {
        return nodes.length - 1;
    }

    long count(int part, int segment) {
        return counts[part * (segments + 1) + segment];
    }

    /** The respondents directly in the node, in the segment, that belong to some part. */
    long inParts(int node, int segment) {
        long sum = 0;
        for (int p = 1; p < nodes.length; p++) {
            if (nodes[p] == node) {
                sum += count(p, segment);
            }
        }
        return sum;
    }

    boolean isEmpty() {
        return nodes.length == 1;
    }
}
