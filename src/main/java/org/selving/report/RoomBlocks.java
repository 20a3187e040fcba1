package org.selving.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.response.RoomOrder;

/**
 * What a live workshop room's screen reveals of its answers, and what every later figure must be safe
 * against.
 * <p>
 * While the room answers, its screen shows the first m x k answers in arrival order, m = floor(n / k) - 1
 * (as an open assessment's report does): someone watching learns the total of each block of k
 * consecutive answers, and the whole room's once answering is over (the last block, the rest, holds
 * at least k). Then, all at once, the room by segment. The blocks and the segments' totals cut the room
 * into a grid (blocks x segments) whose row totals and some column totals are known; any combination
 * of them is a row-plus-column pattern, and a combination that adds up a set of people at all (every
 * coefficient 0 or 1) is made, level by level, of "cuts": split the segments into two sides (the
 * segments not shown, and "no segment given", all on one side); in every block that has people on both
 * sides, take those on the first side. So a segment is shown only if no cut takes 1 to k - 1 people: a
 * complete check, not a search among likely groups (three leaders answering first, then one more, make
 * the fourth leader a cut of one).
 * <p>
 * The assessment's report later treats each room as a part of its unit's direct members whose total
 * and shown segments are known ({@link ShownApart}), and counts its people in a segment only where the
 * room showed that segment (elsewhere as "not given"): the report's cells then add nothing to what is
 * known of the room's grid but its total and shown segments, whose cuts were checked here.
 */
final class RoomBlocks {

    /** Rooms with more segments shown than this are not cut exhaustively: all their segments are withheld. */
    private static final int MAX_CUT_SEGMENTS = 16;

    private RoomBlocks() {
    }

    /** The block (1..B) of each of {@code n} answers in arrival order: steps of k, then the rest. */
    static int[] blocks(int n, int k) {
        int steps = Release.interimSize(n, k) / k;
        int[] blocks = new int[n];
        for (int position = 0; position < n; position++) {
            blocks[position] = Math.min(position / k, steps) + 1;
        }
        return blocks;
    }

    /**
     * The room's own decision, from the segment of each answer in arrival order (0 = not given): which
     * segments 1..S may be shown beside its blocks ({@code shown[s]}); none if the room has fewer than k.
     */
    static boolean[] segmentsShown(byte[] segments, int segmentCount, int k) {
        int n = segments.length;
        boolean[] shown = new boolean[segmentCount + 1];
        if (n < k) {
            return shown;
        }
        int[] blocks = blocks(n, k);
        int blockCount = blocks[n - 1];
        long[][] grid = new long[blockCount][segmentCount + 1];
        long[] total = new long[segmentCount + 1];
        for (int position = 0; position < n; position++) {
            grid[blocks[position] - 1][segments[position]]++;
            total[segments[position]]++;
        }
        for (int s = 1; s <= segmentCount; s++) {
            shown[s] = total[s] >= k;
        }
        while (true) {
            int[] columns = shownColumns(shown);
            if (columns.length > MAX_CUT_SEGMENTS) {
                java.util.Arrays.fill(shown, false);
                return shown;
            }
            int cut = smallCut(grid, columns, k);
            if (cut < 0) {
                return shown;
            }
            shown[columnToWithhold(columns, cut, total)] = false;
        }
    }

    /** The shown segments; a cut's bit i stands for {@code columns[i]}, its last bit for every hidden one. */
    private static int[] shownColumns(boolean[] shown) {
        List<Integer> columns = new ArrayList<>();
        for (int s = 1; s < shown.length; s++) {
            if (shown[s]) {
                columns.add(s);
            }
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A cut that takes 1 to k - 1 people, as a bit set over the shown columns and the hidden ones; -1 for none. */
    private static int smallCut(long[][] grid, int[] columns, int k) {
        int width = grid.length == 0 ? 0 : grid[0].length;
        int[] sideOf = new int[width];
        java.util.Arrays.fill(sideOf, columns.length);
        for (int i = 0; i < columns.length; i++) {
            sideOf[columns[i]] = i;
        }
        for (int cut = 1; cut < (1 << (columns.length + 1)) - 1; cut++) {
            long taken = 0;
            for (long[] block : grid) {
                long inside = 0;
                long outside = 0;
                for (int s = 0; s < width; s++) {
                    if ((cut >> sideOf[s] & 1) == 1) {
                        inside += block[s];
                    } else {
                        outside += block[s];
                    }
                }
                if (inside > 0 && outside > 0) {
                    taken += inside;
                }
            }
            if (taken > 0 && taken < k) {
                return cut;
            }
        }
        return -1;
    }

    /** The smallest shown segment on the cut's side; if the cut takes only hidden ones, the smallest shown. */
    private static int columnToWithhold(int[] columns, int cut, long[] total) {
        int chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; pass++) {
            for (int i = 0; i < columns.length; i++) {
                boolean inCut = (cut >> i & 1) == 1;
                if ((pass == 1 || inCut) && (chosen < 0 || total[columns[i]] < total[chosen])) {
                    chosen = columns[i];
                }
            }
        }
        return chosen;
    }

    /** The room's own disclosure: its total from k answers, and the segments {@link #segmentsShown} allows. */
    static Disclosure disclosure(Headcount room, byte[] segments, int k) {
        boolean[] shown = segmentsShown(segments, room.segments(), k);
        boolean[] hidden = new boolean[room.segments() + 1];
        hidden[Headcount.ALL] = room.cell(CellTree.ROOT, Headcount.ALL) < k;
        for (int s = 1; s <= room.segments(); s++) {
            hidden[s] = !shown[s];
        }
        return new Disclosure(room, k, hidden);
    }

    /** Per live session that showed anything: which of its segments it showed. */
    static Map<Long, boolean[]> segmentsShown(List<RoomOrder> rooms, int segmentCount, int k) {
        Map<Long, boolean[]> shown = new HashMap<>();
        for (RoomOrder room : rooms) {
            if (room.respondents() >= k) {
                shown.put(room.sessionId(), segmentsShown(room.segments(), segmentCount, k));
            }
        }
        return shown;
    }

    /**
     * What the rooms showed, for the report's decision on {@code tree}: each room that showed anything
     * (k answers or more) is a part of its unit's direct members, counted by segment as the report counts
     * it (a segment the room did not show as "not given"), with its total and its shown segments shown.
     */
    static ShownApart shownApart(List<RoomOrder> rooms, CellTree tree, int segmentCount, int k) {
        int width = segmentCount + 1;
        List<Integer> nodes = new ArrayList<>(List.of(-1));
        List<long[]> counts = new ArrayList<>(List.of(new long[width]));
        List<ShownApart.PartCell> shown = new ArrayList<>();
        List<ShownApart.PartCell> groups = new ArrayList<>();
        for (RoomOrder room : rooms) {
            if (room.respondents() < k) {
                continue;
            }
            int node = tree.nodeOf(room.unitId());
            if (node < 0) {
                throw new IllegalStateException("the unit of live session " + room.sessionId() + " is not in the tree");
            }
            boolean[] segmentsShown = segmentsShown(room.segments(), segmentCount, k);
            long[] byReportSegment = new long[width];
            for (byte s : room.segments()) {
                byReportSegment[segmentsShown[s] ? s : 0]++;
            }
            int[] part = {nodes.size()};
            nodes.add(node);
            counts.add(byReportSegment);
            shown.add(new ShownApart.PartCell(part, -1));
            for (int s = 1; s < width; s++) {
                if (segmentsShown[s]) {
                    shown.add(new ShownApart.PartCell(part, s));
                }
            }
            for (int s = -1; s < width; s++) {
                groups.add(new ShownApart.PartCell(part, s));
            }
        }
        long[] flat = new long[counts.size() * width];
        for (int p = 0; p < counts.size(); p++) {
            System.arraycopy(counts.get(p), 0, flat, p * width, width);
        }
        return new ShownApart(nodes.stream().mapToInt(Integer::intValue).toArray(), flat, segmentCount, shown, groups);
    }
}
