package org.selving.stats;

import java.util.function.Supplier;

/**
 * What {@link SurveyStatistics#tabulate} counted: the overall result and the frequency tables of
 * every labelled group, kept so that any union of groups (a unit with everything below it, one
 * segment of it) can be summarized without reading the answers again. About 3.5 KB per group.
 * The overall result is computed when first asked for: its reliabilities and drivers are most of the
 * work, and a live room's screen, which shows neither, never asks.
 */
public final class SurveyTables {

    private final Supplier<SurveyResult> computeOverall;
    private SurveyResult overall;
    private final GroupTables tables;
    private final int groups;
    private final SurveyLayout layout;

    SurveyTables(Supplier<SurveyResult> overall, GroupTables tables, int groups, SurveyLayout layout) {
        this.computeOverall = overall;
        this.tables = tables;
        this.groups = groups;
        this.layout = layout;
    }

    /** Every statistic over all rows, without unit or segment comparisons. */
    public synchronized SurveyResult overall() {
        if (overall == null) {
            overall = computeOverall.get();
        }
        return overall;
    }

    /** The number of labelled groups. */
    public int groups() {
        return groups;
    }

    /** The statistics of the respondents of the listed groups taken together. */
    public GroupStatistics union(int[] members) {
        for (int g : members) {
            if (g < 0 || g >= groups) {
                throw new IllegalArgumentException("no group " + g + " among " + groups);
            }
        }
        return new GroupStatistics(tables.union(members), layout);
    }
}
