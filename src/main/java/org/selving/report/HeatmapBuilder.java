package org.selving.report;

import java.util.ArrayList;
import java.util.List;

import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Heatmap;
import org.selving.report.Report.HeatmapCell;
import org.selving.report.Report.HeatmapRow;
import org.selving.report.Report.UnitAgreement;
import org.selving.report.Report.UnitFigures;
import org.selving.report.Section.Unavailable;
import org.selving.stats.Descriptives;
import org.selving.stats.GroupStatistics;
import org.selving.stats.IntraclassCorrelation;
import org.selving.stats.Moments;
import org.selving.stats.Result;

/**
 * The heatmap of a report (its units at one level side by side, each against the whole group, a
 * unit's remainder as an "others" row) and how far those units differ on each dimension (ICCs).
 */
final class HeatmapBuilder {

    private final Release release;
    private final ScopeTabulation tabulation;
    private final int scope;
    private final int column;
    private final int level;
    private final List<DimensionFigures> dimensions;

    /**
     * @param dimensions the whole group's figures, which every cell is compared with
     * @see ReportBuilder#ReportBuilder(Release, String, int, int, int)
     */
    HeatmapBuilder(Release release, ScopeTabulation tabulation, int scope, int column, int level,
            List<DimensionFigures> dimensions) {
        this.release = release;
        this.tabulation = tabulation;
        this.scope = scope;
        this.column = column;
        this.level = level;
        this.dimensions = dimensions;
    }

    /** The units at the heatmap's level under the scope, or why there are none. */
    Section<Heatmap> heatmap() {
        if (release.tree.isLeaf(scope)) {
            return Section.unavailable(Unavailable.NO_UNITS_BELOW);
        }
        List<HeatmapRow> rows = new ArrayList<>();
        addRows(scope, rows);
        return Section.of(new Heatmap(level, dimensions.stream().map(DimensionFigures::key).toList(), rows));
    }

    /** The heatmap's rows under a node, in tree order; a unit's "others" row after its units. */
    private void addRows(int node, List<HeatmapRow> rows) {
        CellTree tree = release.tree;
        Disclosure disclosure = release.disclosure;
        if (node != scope && (tree.depth(node) == level || tree.isLeaf(node))) {
            Disclosed<UnitFigures> figures = disclosure.shown(node, column)
                    ? Disclosed.shown(unitFigures(tabulation.union(node, column, false),
                            release.respondents.cell(node, column)))
                    : Disclosed.withheld(disclosure.withheld(node, column));
            rows.add(new HeatmapRow(tree.reportedUnitId(node), tree.path(node), tree.depth(node), false, figures));
            return;
        }
        for (int child : tree.children(node)) {
            addRows(child, rows);
        }
        long remainder = disclosure.shown(node, column) ? disclosure.remainder(node, column, level) : 0;
        if (remainder > 0) {
            rows.add(new HeatmapRow(tree.reportedUnitId(node), tree.path(node), tree.depth(node), true,
                    Disclosed.shown(unitFigures(tabulation.union(node, column, true), remainder))));
        }
    }

    private UnitFigures unitFigures(GroupStatistics unit, long respondents) {
        List<HeatmapCell> cells = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Result<Descriptives> score = unit.score(d);
            Result<Double> index = score.map(Descriptives::index);
            Result<Double> groupIndex = dimensions.get(d).score().map(Descriptives::index);
            cells.add(new HeatmapCell(dimensions.get(d).key(), index, score.map(Descriptives::n).orElse(0L),
                    index.flatMap(i -> groupIndex.map(g -> i - g)), unit.agreement(d)));
        }
        return new UnitFigures(respondents, unit.overallIndex(), cells);
    }

    /** How far the heatmap's shown units differ on each dimension. */
    Section<List<UnitAgreement>> agreement(Heatmap heatmap) {
        List<UnitAgreement> out = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            List<Moments> groups = new ArrayList<>();
            for (HeatmapRow row : heatmap.rows()) {
                if (row.figures().shown()) {
                    int node = release.tree.nodeOfReported(row.unitId());
                    groups.add(tabulation.union(node, column, row.others()).scoreMoments(d));
                }
            }
            var icc = IntraclassCorrelation.fromGroups(groups);
            DimensionFigures dimension = dimensions.get(d);
            out.add(new UnitAgreement(dimension.key(), dimension.title(), icc, Reading.unitDifferences(icc)));
        }
        return Section.of(out);
    }
}
