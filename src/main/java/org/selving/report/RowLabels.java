package org.selving.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each row of the anonymized response data is labelled, and whether the data may be released
 * at all. A row's unit is the deepest unit shown in the report that contains it, and its segment is
 * given only where the report shows that segment in a unit containing it.
 * <p>
 * Rows released beside the report's totals can be sorted out by anyone: the rows that add up to a
 * shown total belong to that group. So the people a reader can tell apart are those with the same
 * shown cells around them (same units, same segments); every such class must hold at least k
 * respondents, or no row is released. Labels are a function of that class, so every label, too, is
 * shared by at least k rows.
 */
final class RowLabels {

    private final Disclosure disclosure;
    private final String[] segmentKeys;

    private RowLabels(Disclosure disclosure, List<String> segmentKeys) {
        this.disclosure = disclosure;
        this.segmentKeys = segmentKeys.toArray(String[]::new);
    }

    /** The labels, or nothing when some class of respondents the report tells apart is smaller than k. */
    static Optional<RowLabels> of(Disclosure disclosure, List<String> segmentKeys) {
        CellTree tree = disclosure.tree();
        Headcount counts = disclosure.counts();
        Map<List<Integer>, Long> classes = new HashMap<>();
        for (int node = 0; node < tree.size(); node++) {
            for (int s = 0; s <= counts.segments(); s++) {
                long n = counts.direct(node, s);
                if (n > 0) {
                    classes.merge(shownAround(disclosure, node, s), n, Long::sum);
                }
            }
        }
        boolean safe = classes.values().stream().allMatch(n -> n >= disclosure.k());
        return safe ? Optional.of(new RowLabels(disclosure, segmentKeys)) : Optional.empty();
    }

    /** The shown cells that contain the respondents directly in {@code node} with segment {@code s}. */
    private static List<Integer> shownAround(Disclosure disclosure, int node, int s) {
        int width = disclosure.counts().segments() + 1;
        List<Integer> cells = new ArrayList<>();
        for (int n = node; n >= 0; n = disclosure.tree().parent(n)) {
            if (disclosure.shown(n, Headcount.ALL)) {
                cells.add(n * width);
            }
            if (s > 0 && disclosure.shown(n, s)) {
                cells.add(n * width + s);
            }
        }
        return cells;
    }

    /** The unit a row of {@code node} is shown under. */
    String unit(int node) {
        return disclosure.tree().path(disclosure.owner(node, Headcount.ALL));
    }

    /** The segment key a row of {@code node} with segment {@code s} shows, empty where it may not. */
    String segment(int node, int s) {
        return s > 0 && disclosure.owner(node, s) >= 0 ? segmentKeys[s - 1] : "";
    }
}
