package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.selving.response.RoomOrder;

/**
 * A live room's screen and the assessment's report, against an attacker who watched the screen the
 * whole time and later reads every cell of the report. Unlike {@link DisclosureControlTest}'s
 * attacker, this one works on single people: it knows who answered in which order (it was in the
 * room), publishes every figure as the set of people it adds up, and tries every group of 1 to k - 1
 * people.
 */
class RoomBlocksTest {

    private static final int ALL = Headcount.ALL;

    @Test
    void blocksAreStepsOfKThenTheRest() {
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, RoomBlocks.blocks(5, 3), "below 2k: one block, the whole room");
        assertArrayEquals(new int[] {1, 1, 1, 2, 2, 2, 2, 2}, RoomBlocks.blocks(8, 3),
                "8 people, k = 3: the screen showed the first 3, then all 8");
        assertArrayEquals(new int[] {1, 1, 1, 2, 2, 2, 3, 3, 3}, RoomBlocks.blocks(9, 3));
    }

    @Test
    void theSegmentOfTheFirstStepIsNotShownWhenOneMoreOfItCameLater() {
        // k = 3: three leaders answer first (the screen shows them as its first step), then three staff and
        // a fourth leader. The leaders' column would be the first step plus the fourth leader.
        byte[] segments = {2, 2, 2, 1, 1, 1, 2};
        boolean[] room = roomOf(segments, 2, 3);
        assertFalse(room[2], "leaders");
        assertFalse(room[1], "staff: the room minus the staff is the leaders");
        assertNothingSmallFollows(segments, 3, room);
    }

    @Test
    void segmentsSpreadOverTheStepsAreShown() {
        byte[] segments = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
        boolean[] room = roomOf(segments, 2, 3);
        assertTrue(room[1]);
        assertTrue(room[2]);
        assertNothingSmallFollows(segments, 3, room);
    }

    /** Random rooms of 3 to 16 people, 0 to 3 segments, k from 3 to 5. */
    @RepeatedTest(150)
    void aRoomsScreenShowsNoSmallGroup(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition() * 104729L);
        int k = 3 + random.nextInt(3);
        int segmentCount = random.nextInt(4);
        byte[] segments = new byte[k + random.nextInt(14 - k)];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = (byte) (segmentCount == 0 ? 0 : random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(segmentCount));
        }
        assertNothingSmallFollows(segments, k, roomOf(segments, segmentCount, k));
    }

    /**
     * An organization of two teams in a division, k = 3, where a room of one team answered live and a
     * few of the team answered with codes: the report must not show the team in a way that its figure
     * minus the room's leaves those few.
     */
    @Test
    void theReportDoesNotGiveAwayTheFewOfAUnitWhoWereNotInItsRoom() {
        // organization > division > (team A, team B); room in team A: 6 staff, 3 leaders in arrival order
        CellTree tree = CellTree.ofParents(-1, 0, 1, 1);
        List<Person> people = new ArrayList<>();
        byte[] room = {1, 1, 2, 1, 2, 1, 1, 2, 1};
        for (int i = 0; i < room.length; i++) {
            people.add(new Person(2, room[i], 0, i));
        }
        people.add(new Person(2, 2, -1, 0));            // one leader of team A answered with a code
        people.add(new Person(2, 1, -1, 0));            // and one of its staff
        for (int i = 0; i < 12; i++) {
            people.add(new Person(3, 1 + i % 2, -1, 0)); // team B
        }
        Disclosure report = reportOf(tree, 2, 3, people);
        assertTrue(report.shown(CellTree.ROOT, ALL));
        assertFalse(report.shown(2, ALL), "team A minus its room would be its two code holders");
        assertNothingSmallFollows(people, tree, 2, 3, report);
    }

    /** Random organizations with a room or two, people in and out of the rooms, k from 3 to 4. */
    @RepeatedTest(60)
    void theReportAndTheRoomsTogetherShowNoSmallGroup(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition() * 15485863L);
        int k = 3 + random.nextInt(2);
        int nodes = 2 + random.nextInt(5);
        int[] parents = new int[nodes];
        parents[0] = -1;
        for (int i = 1; i < nodes; i++) {
            parents[i] = random.nextInt(i);
        }
        int[] preorder = preorder(parents);
        CellTree tree = CellTree.ofParents(preorder);
        int segmentCount = random.nextInt(3);
        List<Person> people = new ArrayList<>();
        int rooms = 1 + random.nextInt(2);
        for (int room = 0; room < rooms; room++) {
            int node = 1 + random.nextInt(nodes - 1);
            int size = k + random.nextInt(3 * k);
            for (int i = 0; i < size; i++) {
                people.add(new Person(node, segment(random, segmentCount), room, i));
            }
        }
        for (int node = 1; node < nodes; node++) {
            int outside = random.nextInt(3) == 0 ? 0 : random.nextInt(2 * k);
            for (int i = 0; i < outside; i++) {
                people.add(new Person(node, segment(random, segmentCount), -1, 0));
            }
        }
        if (people.size() > 40) {
            people = people.subList(0, 40);
        }
        assertNothingSmallFollows(people, tree, segmentCount, k, reportOf(tree, segmentCount, k, people));
    }

    private static int segment(SplittableRandom random, int segmentCount) {
        return segmentCount == 0 || random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(segmentCount);
    }

    /** A random parent list made preorder: each node's parent is among the nodes before it. */
    private static int[] preorder(int[] parents) {
        // parents[i] < i already holds, but preorder also needs a node's subtree to follow it at once
        int n = parents.length;
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 1; i < n; i++) {
            children.get(parents[i]).add(i);
        }
        int[] order = new int[n];
        int[] position = new int[n];
        int[] at = {0};
        visit(0, children, order, position, at);
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            int node = order[i];
            result[i] = node == 0 ? -1 : position[parents[node]];
        }
        return result;
    }

    private static void visit(int node, List<List<Integer>> children, int[] order, int[] position, int[] at) {
        position[node] = at[0];
        order[at[0]++] = node;
        for (int child : children.get(node)) {
            visit(child, children, order, position, at);
        }
    }

    /** One respondent: directly in a node, with a segment, in a room (-1: none) at a position of its order. */
    record Person(int node, int segment, int room, int position) {
    }

    private static boolean[] roomOf(byte[] segments, int segmentCount, int k) {
        return RoomBlocks.segmentsShown(segments, segmentCount, k);
    }

    /** The report's decisions over these people (counted by segment as the report counts them), the rooms' orders given. */
    private static Disclosure reportOf(CellTree tree, int segmentCount, int k, List<Person> people) {
        int width = segmentCount + 1;
        long[] direct = new long[tree.size() * width];
        int[] reportSegment = reportSegments(people, tree, segmentCount, k);
        for (int p = 0; p < people.size(); p++) {
            direct[people.get(p).node() * width + reportSegment[p]]++;
        }
        return DisclosureControl.decide(new Headcount(tree, segmentCount, direct), k,
                RoomBlocks.shownApart(rooms(people, tree), tree, segmentCount, k));
    }

    private static List<RoomOrder> rooms(List<Person> people, CellTree tree) {
        List<RoomOrder> rooms = new ArrayList<>();
        for (int room = 0; ; room++) {
            int r = room;
            List<Person> in = people.stream().filter(p -> p.room() == r)
                    .sorted(java.util.Comparator.comparingInt(Person::position)).toList();
            if (in.isEmpty()) {
                return rooms;
            }
            byte[] segments = new byte[in.size()];
            for (int i = 0; i < in.size(); i++) {
                segments[i] = (byte) in.get(i).segment();
            }
            rooms.add(new RoomOrder(room, tree.unitId(in.get(0).node()), segments));
        }
    }

    /** A room alone: people 0..n-1 in arrival order; the attacker saw its steps and its shown segments. */
    private static void assertNothingSmallFollows(byte[] segments, int k, boolean[] shown) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            people.add(new Person(CellTree.ROOT, segments[i], 0, i));
        }
        LinearAttack attack = new LinearAttack(people.size());
        publishRooms(attack, people, k);
        for (int s = 1; s < shown.length; s++) {
            if (shown[s]) {
                int segment = s;
                publish(attack, people, p -> people.get(p).segment() == segment);
            }
        }
        assertNoSmallSet(attack, people.size(), k, p -> true);
    }

    /**
     * The rooms' screens and every shown cell of the report (which counts a room's people in a segment
     * only where their room showed it); no set of fewer than k people with someone of a room in it, and
     * none of the groups the report's own rules protect (any unit or a unit's direct members in any
     * column, and the part of them that was not in a room), may follow.
     */
    private static void assertNothingSmallFollows(List<Person> people, CellTree tree, int segmentCount, int k,
            Disclosure report) {
        LinearAttack attack = new LinearAttack(people.size());
        publishRooms(attack, people, k);
        int[] reportSegment = reportSegments(people, tree, segmentCount, k);
        for (RoomOrder room : rooms(people, tree)) {
            boolean[] shown = RoomBlocks.segmentsShown(room.segments(), segmentCount, k);
            long roomId = room.sessionId();
            for (int s = 1; s <= segmentCount; s++) {
                if (shown[s]) {
                    int segment = s;
                    publish(attack, people, p -> people.get(p).room() == roomId && people.get(p).segment() == segment);
                }
            }
        }
        for (int node = 0; node < tree.size(); node++) {
            for (int column = 0; column <= segmentCount; column++) {
                if (report.shown(node, column)) {
                    int n = node;
                    int c = column;
                    publish(attack, people, p -> tree.isWithin(people.get(p).node(), n)
                            && (c == ALL || reportSegment[p] == c));
                }
            }
        }
        assertNoSmallSet(attack, people.size(), k, p -> people.get(p).room() >= 0);
        for (int node = 0; node < tree.size(); node++) {
            for (int segment = -1; segment <= segmentCount; segment++) {
                int n = node;
                int c = segment;
                for (IntPredicate group : List.<IntPredicate>of(
                        p -> tree.isWithin(people.get(p).node(), n) && (c < 0 || reportSegment[p] == c),
                        p -> people.get(p).node() == n && (c < 0 || reportSegment[p] == c),
                        p -> people.get(p).node() == n && people.get(p).room() < 0 && (c < 0 || reportSegment[p] == c))) {
                    int[] members = java.util.stream.IntStream.range(0, people.size()).filter(group).toArray();
                    if (members.length > 0 && members.length < k) {
                        assertFalse(attack.derives(members), "the group " + java.util.Arrays.toString(members)
                                + " of node " + n + ", segment " + c + " follows; people " + people + ", report segments "
                                + java.util.Arrays.toString(reportSegment) + ", tree " + describe(tree) + ", shown "
                                + shownCells(report, tree, segmentCount));
                    }
                }
            }
        }
    }

    private static String describe(CellTree tree) {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < tree.size(); n++) {
            text.append(tree.parent(n)).append(' ');
        }
        return text.toString();
    }

    private static String shownCells(Disclosure d, CellTree tree, int segmentCount) {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < tree.size(); n++) {
            for (int c = 0; c <= segmentCount; c++) {
                if (d.shown(n, c)) {
                    text.append(n).append('/').append(c).append(' ');
                }
            }
        }
        return text.toString();
    }

    /** Each person's segment as the report counts it: not given where the person's room did not show it. */
    private static int[] reportSegments(List<Person> people, CellTree tree, int segmentCount, int k) {
        int[] reportSegment = new int[people.size()];
        for (int p = 0; p < people.size(); p++) {
            reportSegment[p] = people.get(p).segment();
        }
        for (RoomOrder room : rooms(people, tree)) {
            boolean[] shown = RoomBlocks.segmentsShown(room.segments(), segmentCount, k);
            for (int p = 0; p < people.size(); p++) {
                if (people.get(p).room() == room.sessionId() && room.respondents() >= k && !shown[reportSegment[p]]) {
                    reportSegment[p] = 0;
                }
            }
        }
        return reportSegment;
    }

    /** Every step each room's screen showed, and each whole room once its answering was over. */
    private static void publishRooms(LinearAttack attack, List<Person> people, int k) {
        for (int room = 0; ; room++) {
            int r = room;
            int n = (int) people.stream().filter(p -> p.room() == r).count();
            if (n == 0) {
                return;
            }
            for (int shown = k; shown <= Release.interimSize(n, k); shown += k) {
                int prefix = shown;
                publish(attack, people, p -> people.get(p).room() == r && people.get(p).position() < prefix);
            }
            if (n >= k) {
                publish(attack, people, p -> people.get(p).room() == r);
            }
        }
    }

    private static void publish(LinearAttack attack, List<Person> people, IntPredicate member) {
        double[] row = new double[people.size()];
        for (int p = 0; p < people.size(); p++) {
            row[p] = member.test(p) ? 1 : 0;
        }
        attack.publish(row, 0);
    }

    /** No set of 1 to k - 1 people (up to 3), with one of them {@code wanted} at least, is a combination of the published figures. */
    private static void assertNoSmallSet(LinearAttack attack, int n, int k, IntPredicate wanted) {
        for (int a = 0; a < n; a++) {
            assertFalse(wanted.test(a) && attack.derives(new int[] {a}), "person " + a + " alone follows");
            for (int b = a + 1; b < n && k > 2; b++) {
                boolean any = wanted.test(a) || wanted.test(b);
                assertFalse(any && attack.derives(new int[] {a, b}), "people " + a + " and " + b + " follow");
                for (int c = b + 1; c < n && k > 3; c++) {
                    assertFalse((any || wanted.test(c)) && attack.derives(new int[] {a, b, c}),
                            "people " + a + ", " + b + ", " + c + " follow");
                }
            }
        }
    }
}
