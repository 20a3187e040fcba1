package org.selving.stats;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The statistics of one group of respondents, each computed when asked from the group's frequency
 * tables, exactly as the engine computes them for a unit. Scales are numbered as the engine scores
 * them: the layout's dimensions in order, then the outcome.
 */
public final class GroupStatistics {

    private static final int GROUP = 0;

    private final GroupTables table;
    private final SurveyLayout layout;

    GroupStatistics(GroupTables table, SurveyLayout layout) {
        this.table = table;
        this.layout = layout;
    }

    public Result<Descriptives> score(int scale) {
        return table.scoreDescriptives(GROUP, scale);
    }

    /** The mean of the dimensions' 0-100 indices, as {@link SurveyResult#overallIndex()} for everybody. */
    public Result<Double> overallIndex() {
        return SurveyStatistics.overallIndex(IntStream.range(0, layout.dimensions().size()).mapToObj(this::score).toList());
    }

    /** The moments of the person scores, for tests and ICCs between groups. */
    public Moments scoreMoments(int scale) {
        return table.scoreMoments(GROUP, scale);
    }

    /** The answers to all the scale's items pooled. */
    public Result<AnswerDistribution> answers(int scale) {
        return table.scaleAnswers(GROUP, scale);
    }

    /** The scale's items, in scale order. */
    public List<ItemSummary> items(int scale) {
        return table.scaleItems(GROUP, scale);
    }

    /** rwg(j) of the scale within the group. */
    public Result<Rwg> agreement(int scale) {
        return table.rwgJ(GROUP, scale);
    }

    /** eNPS of the layout's recommendation item, not computable (NOT_CONFIGURED) if it has none. */
    public Result<Enps> enps() {
        return layout.enpsColumn().isPresent() ? table.enps(GROUP, layout.enpsColumn().getAsInt())
                : Result.notComputable(Reason.NOT_CONFIGURED, "the layout has no eNPS item");
    }
}
