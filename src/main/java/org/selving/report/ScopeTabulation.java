package org.selving.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.stats.AnswerMatrix;
import org.selving.stats.GroupStatistics;
import org.selving.stats.Grouping;
import org.selving.stats.SurveyResult;
import org.selving.stats.SurveyStatistics;
import org.selving.stats.SurveyTables;

/**
 * The respondents of a report's group through the statistics engine in one pass, labelled by node
 * and segment, so that every unit of the heatmap and every segment is a union of those labels,
 * computed once each.
 */
final class ScopeTabulation {

    private final Release release;
    private final int level;
    private final int width;
    private final SurveyTables tables;
    private final Map<String, GroupStatistics> unions = new HashMap<>();

    /**
     * @param scope  the node the report is about
     * @param column {@link Headcount#ALL} or a segment 1..S
     * @param level  the depth of the heatmap's units: what the shown units down to it leave is a remainder
     */
    ScopeTabulation(Release release, int scope, int column, int level) {
        this.release = release;
        this.level = level;
        this.width = release.segmentCount() + 1;
        int[] rows = rowsOf(release, scope, column);
        int count = rows.length;
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = release.nodes[rows[i]] * width + release.segments[rows[i]];
        }
        float[] values = release.shape.unpack(release.answers, rows);
        tables = SurveyStatistics.tabulate(AnswerMatrix.wrap(values, count, release.shape.items().size()),
                release.shape.layout(), Grouping.of(labels, release.tree.size() * width));
    }

    /** The release's rows (respondents) of a node's subtree in a column: everybody or one segment. */
    static int[] rowsOf(Release release, int scope, int column) {
        int[] rows = new int[release.rows()];
        int count = 0;
        for (int r = 0; r < release.rows(); r++) {
            if (release.tree.isWithin(release.nodes[r], scope)
                    && (column == Headcount.ALL || release.segments[r] == column)) {
                rows[count++] = r;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /** The statistics of the whole group, reliability and drivers included (computed when first asked). */
    SurveyResult overall() {
        return tables.overall();
    }

    /**
     * The statistics of a node's subtree in a column or, with {@code remainderOnly}, of what is left
     * of it once the units shown down to the heatmap's level are taken out.
     */
    GroupStatistics union(int node, int inColumn, boolean remainderOnly) {
        String key = node + "/" + inColumn + "/" + remainderOnly;
        return unions.computeIfAbsent(key, k -> tables.union(labels(node, inColumn, remainderOnly)));
    }

    private int[] labels(int node, int inColumn, boolean remainderOnly) {
        CellTree tree = release.tree;
        boolean[] excluded = new boolean[tree.size()];
        if (remainderOnly) {
            for (int shown : release.disclosure.topShownBelow(node, inColumn, level)) {
                for (int n = shown; n < tree.end(shown); n++) {
                    excluded[n] = true;
                }
            }
        }
        List<Integer> labels = new ArrayList<>();
        for (int n = node; n < tree.end(node); n++) {
            if (excluded[n]) {
                continue;
            }
            for (int s = 0; s < width; s++) {
                if (inColumn == Headcount.ALL || s == inColumn) {
                    labels.add(n * width + s);
                }
            }
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }
}
