package org.selving.report;

import java.util.ArrayList;
import java.util.List;

import org.selving.instrument.Dimension;
import org.selving.report.Report.SegmentColumn;
import org.selving.report.Report.SegmentFigures;
import org.selving.report.Report.SegmentGap;
import org.selving.report.Report.Segments;
import org.selving.stats.Descriptives;
import org.selving.stats.GroupStatistics;
import org.selving.stats.MeanComparison;
import org.selving.stats.MultipleComparisons;
import org.selving.stats.Result;
import org.selving.stats.WelchTest;

/** The segments of a report's group side by side, and which gaps between them are more than noise. */
final class SegmentsBuilder {

    private SegmentsBuilder() {
    }

    /** Each segment's scores and the gaps between shown segments, Holm-adjusted over the whole table. */
    static Section<Segments> segments(Release release, ScopeTabulation tabulation, int scope, String language) {
        List<SegmentColumn> columns = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        List<Dimension> dimensions = release.shape.instrument().dimensions();
        for (int s = 1; s <= release.segmentCount(); s++) {
            String key = release.segmentKey(s);
            String label = release.segmentLabel(s, language);
            if (release.disclosure.shown(scope, s)) {
                shown.add(s);
                GroupStatistics segment = tabulation.union(scope, s, false);
                List<Result<Descriptives>> scores = new ArrayList<>();
                for (int d = 0; d < dimensions.size(); d++) {
                    scores.add(segment.score(d));
                }
                columns.add(new SegmentColumn(key, label,
                        Disclosed.shown(new SegmentFigures(release.respondents.cell(scope, s), scores))));
            } else {
                columns.add(new SegmentColumn(key, label, Disclosed.withheld(release.disclosure.withheld(scope, s))));
            }
        }
        List<String> keys = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            for (int a = 0; a < shown.size(); a++) {
                for (int b = a + 1; b < shown.size(); b++) {
                    keys.add(dimensions.get(d).key());
                    pairs.add(new String[] {release.segmentKey(shown.get(a)), release.segmentKey(shown.get(b))});
                    tests.add(WelchTest.fromMoments(tabulation.union(scope, shown.get(a), false).scoreMoments(d),
                            tabulation.union(scope, shown.get(b), false).scoreMoments(d)));
                }
            }
        }
        List<Result<Double>> adjusted = MultipleComparisons.holm(tests);
        List<SegmentGap> gaps = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            gaps.add(new SegmentGap(keys.get(i), pairs.get(i)[0], pairs.get(i)[1], tests.get(i), adjusted.get(i),
                    Reading.difference(tests.get(i), adjusted.get(i))));
        }
        return Section.of(new Segments(columns, gaps));
    }
}
