package org.selving.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.report.Report.Change;
import org.selving.report.Report.DimensionChange;
import org.selving.report.Report.DimensionFigures;
import org.selving.report.Report.Figures;
import org.selving.report.Report.ItemChange;
import org.selving.report.Report.ItemFigures;
import org.selving.report.Section.Unavailable;
import org.selving.stats.Descriptives;
import org.selving.stats.MeanComparison;
import org.selving.stats.MultipleComparisons;
import org.selving.stats.Result;
import org.selving.stats.WelchTest;

/** The change of a report's group since the previous assessment, from the two reports' figures. */
final class ChangeBuilder {

    /** How many of the items that changed most the change section lists. */
    static final int MOST_CHANGED_ITEMS = 5;

    private ChangeBuilder() {
    }

    /**
     * What changed since the same group's report in the previous assessment: each dimension made of
     * the same items, and the items that changed most.
     *
     * @param previous that report, or why there is none
     */
    static Section<Change> change(List<DimensionFigures> dimensions, Section<Report> previous) {
        if (!previous.available()) {
            return Section.unavailable(previous.unavailable());
        }
        Report before = previous.value();
        if (!before.figures().shown()) {
            return Section.unavailable(Unavailable.PREVIOUS_WITHHELD);
        }
        Figures then = before.figures().value();
        Map<String, DimensionFigures> thenByKey = new HashMap<>();
        then.dimensions().forEach(d -> thenByKey.put(d.key(), d));

        List<DimensionFigures> matched = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        for (DimensionFigures now : dimensions) {
            DimensionFigures earlier = thenByKey.get(now.key());
            // A score is comparable across versions only when it is made of the same items.
            if (earlier != null && itemKeys(earlier).equals(itemKeys(now))) {
                matched.add(now);
                tests.add(compare(now.score(), earlier.score()));
            }
        }
        List<Result<Double>> adjusted = MultipleComparisons.holm(tests);
        List<DimensionChange> changes = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            DimensionFigures now = matched.get(i);
            changes.add(new DimensionChange(now.key(), now.title(), now.score(), thenByKey.get(now.key()).score(),
                    tests.get(i), adjusted.get(i), Reading.difference(tests.get(i), adjusted.get(i))));
        }
        return Section.of(new Change(new Report.Previous(before.about().assessmentId(), before.about().title(),
                then.respondents()), changes, mostChangedItems(dimensions, then)));
    }

    private static List<String> itemKeys(DimensionFigures dimension) {
        return dimension.items().stream().map(ItemFigures::key).sorted().toList();
    }

    private static Result<MeanComparison> compare(Result<Descriptives> now, Result<Descriptives> then) {
        return now.flatMap(n -> then.flatMap(t -> WelchTest.fromMoments(n.moments(), t.moments())));
    }

    private static List<ItemChange> mostChangedItems(List<DimensionFigures> dimensions, Figures then) {
        Map<String, ItemFigures> thenByKey = new HashMap<>();
        then.dimensions().forEach(d -> d.items().forEach(i -> thenByKey.put(i.key(), i)));
        List<ItemFigures> matched = new ArrayList<>();
        List<String> dimensionOf = new ArrayList<>();
        List<Result<MeanComparison>> tests = new ArrayList<>();
        for (DimensionFigures dimension : dimensions) {
            for (ItemFigures now : dimension.items()) {
                ItemFigures earlier = thenByKey.get(now.key());
                if (earlier != null && earlier.reverse() == now.reverse()
                        && earlier.asAnswered().size() == now.asAnswered().size()) {
                    matched.add(now);
                    dimensionOf.add(dimension.key());
                    tests.add(compare(now.descriptives(), earlier.descriptives()));
                }
            }
        }
        List<Result<Double>> adjusted = MultipleComparisons.holm(tests);
        List<ItemChange> changes = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            if (tests.get(i).isComputed()) {
                changes.add(new ItemChange(matched.get(i).key(), matched.get(i).text(), dimensionOf.get(i), tests.get(i),
                        adjusted.get(i), Reading.difference(tests.get(i), adjusted.get(i))));
            }
        }
        changes.sort(Comparator.comparingDouble((ItemChange c) -> -Math.abs(c.test().value().hedgesG())));
        return List.copyOf(changes.subList(0, Math.min(MOST_CHANGED_ITEMS, changes.size())));
    }
}
