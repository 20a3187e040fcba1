package org.selving.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.assessment.CodeCount;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.CommentPrompt;
import org.selving.response.ResponseComment;
import org.selving.response.ResponseMatrix;
import org.selving.response.RoomOrder;

/**
 * The frozen set of responses a report is computed from, with the disclosure decisions taken on it.
 * A closed assessment has one release: all its responses. An open one publishes interim releases of
 * the first m x k responses in arrival order, m = floor(n / k) - 1: figures move in steps of exactly
 * k responses and always stay at least k behind, so comparing any two releases (the final one
 * included) shows the answers of at least k people together, never of one. An interim release
 * shows organization-wide figures only (see {@link ReportBuilder}).
 */
final class Release {

    final long assessmentId;
    final InstrumentShape shape;
    final SegmentQuestion segmentQuestion;
    final CellTree tree;
    final int k;
    final int commentThreshold;
    final boolean interim;
    /** Per respondent: node, segment (0..S), and answers packed one byte per item. */
    final int[] nodes;
    final byte[] segments;
    final byte[] answers;
    final Headcount respondents;
    final Disclosure disclosure;
    final Headcount issuedCodes;
    final Headcount usedCodes;
    final Disclosure usedCodesDisclosure;
    /** Per live session whose room was shown figures, the segments it was shown (see {@link RoomBlocks}). */
    final Map<Long, boolean[]> roomSegments;
    /** Per prompt key: the comment groups, and per node the comments written directly in it. */
    final Map<String, List<CommentGroups.Group>> commentGroups = new HashMap<>();
    final Map<String, List<List<String>>> commentsByNode = new HashMap<>();
    /**
     * Per prompt key, the comments of live sessions whose rooms saw them at their debrief (at least the
     * comment threshold of them), each room's as one group under its unit, apart from the unit's others.
     */
    final Map<String, List<RoomComments>> roomComments = new HashMap<>();

    /** The comments of one live session's room to one prompt, shown under the session's unit. */
    record RoomComments(int node, List<String> comments) {
    }
    /** What the rooms of live sessions showed apart from the report, which every decision on it must respect. */
    private final ShownApart rooms;
    /** Decisions for a larger k, by k ({@link #disclosureAtLeast}). */
    private final Map<Integer, Disclosure> stricter = new java.util.concurrent.ConcurrentHashMap<>();

    private Release(long assessmentId, InstrumentShape shape, SegmentQuestion segmentQuestion, CellTree tree, int k,
            int commentThreshold, boolean interim, int[] nodes, byte[] segments, byte[] answers, List<CodeCount> codes,
            List<ResponseComment> comments, Map<Long, List<ResponseComment>> commentsOfRooms,
            Map<Long, boolean[]> roomSegments, ShownApart rooms,
            java.util.function.Function<Headcount, Disclosure> decide) {
        this.roomSegments = roomSegments;
        this.rooms = rooms;
        this.assessmentId = assessmentId;
        this.shape = shape;
        this.segmentQuestion = segmentQuestion;
        this.tree = tree;
        this.k = k;
        this.commentThreshold = commentThreshold;
        this.interim = interim;
        this.nodes = nodes;
        this.segments = segments;
        this.answers = answers;
        this.respondents = Headcount.of(tree, segmentCount(), nodes, segments);
        this.disclosure = decide.apply(respondents);
        long[] issued = new long[tree.size()];
        long[] used = new long[tree.size()];
        for (CodeCount count : codes) {
            int node = nodeOf(tree, count.unitId());
            issued[node] += count.issued();
            used[node] += count.used();
        }
        this.issuedCodes = new Headcount(tree, 0, issued);
        this.usedCodes = new Headcount(tree, 0, used);
        // Used codes count respondents: withheld wherever the respondents are, and more if need be.
        this.usedCodesDisclosure = DisclosureControl.decide(usedCodes, k, node -> !disclosure.shown(node, Headcount.ALL));
        groupComments(comments, commentsOfRooms);
    }

    /**
     * The release of an assessment's stored responses.
     *
     * @param open     whether the assessment is still taking answers (an interim release is cut)
     * @param codes    access codes issued and used per unit (left out of an interim release)
     * @param comments every comment of the assessment written outside live sessions (left out of an interim release)
     * @param commentsOfRooms per live session, the comments written in it
     * @param roomOrders the live workshop sessions' responses in their order of arrival, whose figures their
     *                 rooms were shown; {@code scan} must give their segments as the report counts them
     *                 ({@link RoomBlocks#segmentsShown(List, int, int)}). An interim release has none: it
     *                 leaves the sessions' responses out (see ReportService)
     */
    static Release of(long assessmentId, InstrumentShape shape, SegmentQuestion segmentQuestion, CellTree tree, int k,
            int commentThreshold, boolean open, ResponseMatrix scan, List<CodeCount> codes,
            List<ResponseComment> comments, Map<Long, List<ResponseComment>> commentsOfRooms,
            List<RoomOrder> roomOrders) {
        int received = scan.respondents();
        int rows = open ? interimSize(received, k) : received;
        int items = scan.items();
        if (items != shape.items().size()) {
            throw new IllegalArgumentException("responses of " + items + " items for an instrument of "
                    + shape.items().size());
        }
        int segmentCount = segmentQuestion == null ? 0 : segmentQuestion.options().size();
        int[] nodes = new int[rows];
        byte[] segments = new byte[rows];
        for (int r = 0; r < rows; r++) {
            nodes[r] = nodeOf(tree, scan.unitIds()[r]);
            int segment = scan.segments()[r];
            if (segment < 0 || segment > segmentCount) {
                throw new IllegalStateException("a response of assessment " + assessmentId + " has segment " + segment
                        + " of " + segmentCount);
            }
            segments[r] = (byte) segment;
        }
        byte[] answers = rows == received ? scan.answers() : Arrays.copyOf(scan.answers(), rows * items);
        // An interim release shows no unit, so neither codes nor comments (which carry a unit) take part.
        ShownApart rooms = open ? ShownApart.NONE : RoomBlocks.shownApart(roomOrders, tree, segmentCount, k);
        return new Release(assessmentId, shape, segmentQuestion, tree, k, commentThreshold, open, nodes, segments,
                answers, open ? List.of() : codes, open ? List.of() : comments, open ? Map.of() : commentsOfRooms,
                open ? Map.of() : RoomBlocks.segmentsShown(roomOrders, segmentCount, k), rooms,
                counts -> DisclosureControl.decide(counts, k, rooms));
    }

    /**
     * What a live workshop room's screen shows while it answers: the first m x k of its answers in
     * arrival order (the same steps as an open assessment's report), as one group without segments.
     */
    static Release roomWhileAnswering(InstrumentShape shape, ResponseMatrix room, int k) {
        int rows = interimSize(room.respondents(), k);
        return new Release(0, shape, null, CellTree.of("", List.of()), k, k, true, new int[rows], new byte[rows],
                Arrays.copyOf(room.answers(), rows * room.items()), List.of(), List.of(), Map.of(), Map.of(),
                ShownApart.NONE, counts -> DisclosureControl.decide(counts, k));
    }

    /**
     * What a live workshop room's screen shows once its answering is over: every answer at once, with
     * the segments that the steps shown before leave safe to show ({@link RoomBlocks}).
     */
    static Release roomComplete(InstrumentShape shape, SegmentQuestion segmentQuestion, ResponseMatrix room, int k) {
        int rows = room.respondents();
        byte[] segments = segmentQuestion == null ? new byte[rows] : room.segments();
        return new Release(0, shape, segmentQuestion, CellTree.of("", List.of()), k, k, false, new int[rows],
                segments, room.answers(), List.of(), List.of(), Map.of(), Map.of(),
                ShownApart.NONE, counts -> RoomBlocks.disclosure(counts, segments, k));
    }

    /** (floor(n / k) - 1) k: steps of k, at least k behind; nothing below 2k responses. */
    static int interimSize(int received, int k) {
        return Math.max(0, received / k - 1) * k;
    }

    /** The fewest responses with which an interim release shows anything. */
    static int interimThreshold(int k) {
        return 2 * k;
    }

    private static int nodeOf(CellTree tree, long unitId) {
        int node = tree.nodeOf(unitId);
        if (node < 0) {
            throw new IllegalStateException("unit " + unitId + " is not in the organization's tree");
        }
        return node;
    }

    /**
     * The disclosure decisions for at least {@code k} respondents per group, never showing a cell
     * these decisions withhold: what another report with a larger k may show of this release.
     */
    Disclosure disclosureAtLeast(int k) {
        return stricter.computeIfAbsent(Math.max(k, this.k), larger -> DisclosureControl.atLeast(disclosure, larger, rooms));
    }

    int segmentCount() {
        return segmentQuestion == null ? 0 : segmentQuestion.options().size();
    }

    /** The key of segment 1..S. */
    String segmentKey(int segment) {
        return segmentQuestion.options().get(segment - 1).key();
    }

    /** The label of segment 1..S in the language; its key when the question has no label in that language. */
    String segmentLabel(int segment, String language) {
        SegmentQuestion.Option option = segmentQuestion.options().get(segment - 1);
        return option.label().getOrDefault(language, option.key());
    }

    int rows() {
        return nodes.length;
    }

    private void groupComments(List<ResponseComment> outsideRooms, Map<Long, List<ResponseComment>> commentsOfRooms) {
        List<ResponseComment> comments = new ArrayList<>(outsideRooms);
        commentsOfRooms.forEach((session, written) -> {
            Map<String, List<ResponseComment>> byPrompt = new HashMap<>();
            written.forEach(comment -> byPrompt.computeIfAbsent(comment.promptKey(), p -> new ArrayList<>()).add(comment));
            byPrompt.forEach((prompt, roomComments) -> {
                if (roomComments.size() >= commentThreshold) {
                    this.roomComments.computeIfAbsent(prompt, p -> new ArrayList<>()).add(new RoomComments(
                            nodeOf(tree, roomComments.get(0).unitId()),
                            roomComments.stream().map(ResponseComment::body).toList()));
                } else {
                    comments.addAll(roomComments);
                }
            });
        });
        for (CommentPrompt prompt : shape.instrument().comments()) {
            List<List<String>> byNode = new ArrayList<>();
            for (int node = 0; node < tree.size(); node++) {
                byNode.add(new ArrayList<>());
            }
            commentsByNode.put(prompt.key(), byNode);
        }
        for (ResponseComment comment : comments) {
            List<List<String>> byNode = commentsByNode.get(comment.promptKey());
            if (byNode != null) {
                byNode.get(nodeOf(tree, comment.unitId())).add(comment.body());
            }
        }
        commentsByNode.forEach((prompt, byNode) -> {
            long[] counts = new long[tree.size()];
            for (int node = 0; node < tree.size(); node++) {
                counts[node] = byNode.get(node).size();
            }
            commentGroups.put(prompt, CommentGroups.of(tree, counts, commentThreshold));
        });
    }
}
