package org.selving.report;

import java.util.List;

import org.selving.assessment.AssessmentStatus;
import org.selving.stats.Alpha;
import org.selving.stats.AnswerDistribution;
import org.selving.stats.Correlation;
import org.selving.stats.Descriptives;
import org.selving.stats.Enps;
import org.selving.stats.Icc;
import org.selving.stats.MeanComparison;
import org.selving.stats.OmegaTotal;
import org.selving.stats.Result;
import org.selving.stats.Rwg;

/**
 * The report of an assessment, for one part of the organization (a unit with everything below it,
 * optionally one segment): the one model the JSON API, the pages and the CSV exports are made from,
 * already cut to what may be shown. Numbers come from the statistics engine in its {@link Result}
 * shape, so nothing NaN or infinite is ever written.
 *
 * @param figures       withheld as a whole when the group has fewer than k respondents
 * @param withinWithout for an internal assessment with a paired mirror assessment, the same group as
 *                      outsiders see it ({@link WithinWithout})
 */
public record Report(About about, Scope scope, Basis basis, Disclosed<Figures> figures,
        Section<WithinWithout> withinWithout) {

    /**
     * @param language the language of every text in the report (the questionnaire's wording)
     * @param minGroupSize k: no figure covers fewer respondents
     * @param outsiders    the respondents are outsiders answering a mirror questionnaire about the organization
     * @param pairedWith   the other assessment of a within/without pair (the mirror of an internal
     *                     assessment, or the internal assessment a mirror mirrors), {@code null} for none
     */
    public record About(long assessmentId, long organizationId, String organization, String title,
            AssessmentStatus status, String instrument, String instrumentTitle, String language, List<String> languages,
            int minGroupSize, int commentThreshold, boolean outsiders, AssessmentLink pairedWith) {
    }

    public record AssessmentLink(long assessmentId, String title) {
    }

    /**
     * What the report covers, and where else one may go from it.
     *
     * @param unitId    null for the whole organization
     * @param segment   key of the segment the report is about, null for everybody
     * @param level     depth of the units the heatmap shows (1 = top-level units)
     * @param levels    the depths below the report's unit that have units
     * @param ancestors the organization and the units above this one, top first, each with whether
     *                  its report may be asked for
     * @param segments  the segment options, each with whether this unit's report for it may be asked for
     */
    public record Scope(Long unitId, String path, String segment, String segmentLabel, int level,
            List<Integer> levels, List<UnitChoice> ancestors, List<SegmentChoice> segments) {
    }

    /** @param unitId null for the whole organization */
    public record UnitChoice(Long unitId, String name, boolean shown) {
    }

    public record SegmentChoice(String key, String label, boolean shown) {
    }

    /**
     * Which responses the figures are computed from.
     *
     * @param interim   the assessment is still open: the figures cover the first {@code responses}
     *                  responses and move in steps of k (see README, "Reports")
     * @param responses how many responses the figures cover (the whole organization's)
     * @param responseData whether the anonymized response data is released (see {@link RowLabels})
     */
    public record Basis(boolean interim, long responses, boolean responseData) {
    }

    /**
     * @param respondents   in the report's group
     * @param overallIndex  mean of the dimensions' 0-100 indices
     */
    public record Figures(long respondents, Result<Double> overallIndex, List<DimensionFigures> dimensions,
            Result<Enps> enps, Section<ResponseRates> responseRates, Section<Heatmap> heatmap,
            Section<Segments> segments, Section<Change> change, Section<Drivers> drivers,
            Section<List<UnitAgreement>> agreement, Section<List<PromptComments>> comments) {
    }

    /**
     * @param score    person scores (mean of the answered items, reverse-keyed items turned round):
     *                 mean with its 95% interval, and the same as a 0-100 index
     * @param answers  all answers to its items pooled: favorable / neutral / unfavorable shares
     */
    public record DimensionFigures(String key, String title, String description, Result<Descriptives> score,
            Result<AnswerDistribution> answers, Reliability reliability, List<ItemFigures> items) {
    }

    /** Cronbach's alpha (with its Feldt interval) and McDonald's omega, from pairwise covariances. */
    public record Reliability(Result<Alpha> alpha, Result<OmegaTotal> omega, Reading.Reliability reading) {
    }

    /**
     * @param descriptives scored the way the dimension is (reverse-keyed items turned round)
     * @param keyed        the answers as scored: favorable means agreeing with the positive reading
     * @param asAnswered   how many chose each option, as the question was worded
     */
    public record ItemFigures(String key, String text, boolean reverse, Result<Descriptives> descriptives,
            Result<AnswerDistribution> keyed, List<AnswerCount> asAnswered) {
    }

    /** @param label the option's words, empty for the unlabelled middle of a 0-10 scale */
    public record AnswerCount(int value, String label, long count) {
    }

    /** Used / issued access codes, for the report's unit and each unit below it that was given codes. */
    public record ResponseRates(RateRow total, List<RateRow> units) {
    }

    /** @param issued access codes handed out in the unit and below it */
    public record RateRow(Long unitId, String path, int depth, long issued, Disclosed<Rate> used) {
    }

    /** @param share used / issued */
    public record Rate(long used, double share) {
    }

    /**
     * Units at one level side by side, each dimension as an index coloured by its difference from the
     * report's group. A row marked {@code others} holds what no unit row covers under that unit:
     * the people attached to it directly and the units too small to show on their own.
     */
    public record Heatmap(int level, List<String> dimensions, List<HeatmapRow> rows) {
    }

    public record HeatmapRow(Long unitId, String path, int depth, boolean others, Disclosed<UnitFigures> figures) {
    }

    /** @param cells one per dimension, in the questionnaire's order */
    public record UnitFigures(long respondents, Result<Double> overallIndex, List<HeatmapCell> cells) {
    }

    /**
     * @param difference index minus the report group's index, in index points
     * @param agreement  rwg(j) of the unit on the dimension (not for an "others" row)
     */
    public record HeatmapCell(String dimension, Result<Double> index, long n, Result<Double> difference,
            Result<Rwg> agreement) {
    }

    /** The "selving" blind-spot view: how segments (say senior leaders and staff) see the same things. */
    public record Segments(List<SegmentColumn> columns, List<SegmentGap> gaps) {
    }

    public record SegmentColumn(String key, String label, Disclosed<SegmentFigures> figures) {
    }

    /** @param dimensions score per dimension, in the questionnaire's order */
    public record SegmentFigures(long respondents, List<Result<Descriptives>> dimensions) {
    }

    /**
     * Welch's t-test of segment A against segment B on one dimension, with Hedges' g.
     *
     * @param adjustedP Holm-adjusted over every gap of the report (all dimensions and pairs)
     */
    public record SegmentGap(String dimension, String segmentA, String segmentB, Result<MeanComparison> test,
            Result<Double> adjustedP, Reading.Difference reading) {
    }

    /** Since the previous closed assessment of the same organization and questionnaire, for the same group. */
    public record Change(Previous previous, List<DimensionChange> dimensions, List<ItemChange> mostChangedItems) {
    }

    public record Previous(long assessmentId, String title, long respondents) {
    }

    /**
     * @param test      now against then (difference = now - then, with its interval and Hedges' g);
     *                  not computable when the dimension's items changed between the versions
     * @param adjustedP Holm-adjusted over the dimensions
     */
    public record DimensionChange(String key, String title, Result<Descriptives> now, Result<Descriptives> before,
            Result<MeanComparison> test, Result<Double> adjustedP, Reading.Difference reading) {
    }

    /** An item asked both times (matched by key), with p Holm-adjusted over every matched item. */
    public record ItemChange(String key, String text, String dimension, Result<MeanComparison> test,
            Result<Double> adjustedP, Reading.Difference reading) {
    }

    /**
     * What relates most to the outcome item: each dimension's correlation with it, and its relative
     * weight (Johnson), the share of the explained variance R^2 it accounts for.
     *
     * @param respondents who answered every dimension and the outcome
     */
    public record Drivers(String outcome, String outcomeText, long respondents, double rSquared, List<Driver> drivers) {
    }

    /** @param relativeWeight percent of R^2 */
    public record Driver(String dimension, String title, Result<Correlation> correlation, double relativeWeight) {
    }

    /**
     * Whether units differ on a dimension beyond chance (ICC(1)) and whether a unit's average is a
     * steady measure of it (ICC(2)), over the heatmap's rows; each unit's own agreement is in the
     * heatmap's cells.
     */
    public record UnitAgreement(String dimension, String title, Result<Icc> icc, Reading.UnitDifferences reading) {
    }

    public record PromptComments(String prompt, String text, List<CommentGroup> groups) {
    }

    /**
     * @param includesOtherUnits comments of smaller units are mixed in
     * @param liveSession        the comments of a live workshop session's room, which saw them together at its
     *                           debrief (kept apart from the unit's others, so that neither set can be taken
     *                           from the other)
     * @param comments           in a shuffled order
     */
    public record CommentGroup(Long unitId, String path, boolean includesOtherUnits, boolean liveSession,
            List<String> comments) {
    }
}
