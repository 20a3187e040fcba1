package org.selving.report;

import java.util.List;

import org.selving.stats.Correlation;
import org.selving.stats.Descriptives;
import org.selving.stats.MirrorGap;
import org.selving.stats.Result;

/**
 * "As within, so without": an internal assessment's report set against its paired mirror assessment,
 * for the same part of the organization. Inside is how the report's staff answered the internal
 * statements; outside is how outsiders (customers, partners...) who deal with that part answered the
 * statements that mirror them, exactly as the mirror's own report shows them. Every outside figure is
 * a cell the mirror's disclosure decisions show, holding at least the internal report's k outsiders.
 *
 * @param staff      respondents of the report's group
 * @param outsiders  outsiders of the same part of the organization (all segments)
 * @param insideIndex  mean of the dimensions' inside indices (staff on the paired statements)
 * @param outsideIndex mean of the mirror's dimension indices: the outsiders' score
 * @param dimensions each dimension of the mirror questionnaire against the internal statements its
 *                   statements mirror; p Holm-adjusted over the dimensions
 * @param items      each paired statement; p Holm-adjusted over the statements
 * @param segments   the outsiders' segments (customer, partner...) as the mirror's report shows them
 * @param units      internal index against outsiders' score across the units both reports show
 * @param drivers    the internal dimensions weighed as drivers of the outward-facing one, over the
 *                   report's staff (relative weights of the person scores)
 */
public record WithinWithout(Mirror mirror, long staff, long outsiders, Result<Double> insideIndex,
        Result<Double> outsideIndex, List<DimensionGap> dimensions, List<ItemGap> items,
        Section<List<Report.SegmentColumn>> segments, Section<UnitRelation> units, Section<Report.Drivers> drivers,
        Summary summary) {

    /**
     * The mirror assessment.
     *
     * @param interim   still open: its figures cover its first {@code responses} responses, in steps of its k
     */
    public record Mirror(long assessmentId, String title, boolean interim, long responses) {
    }

    /**
     * @param insideItems the internal statements (keys) whose mean is the inside score
     * @param gap         inside against outside: indices, gap in index points, Welch's test, Hedges' g
     * @param reading     HIGHER: staff see themselves more favorably than outsiders see them
     */
    public record DimensionGap(String key, String title, List<String> insideItems, Result<Descriptives> inside,
            Result<Descriptives> outside, Result<MirrorGap> gap, Result<Double> adjustedP, Reading.Difference reading) {
    }

    /** @param key the mirror statement; {@code insideKey} the internal statement it mirrors */
    public record ItemGap(String key, String text, String dimension, String insideKey, String insideText,
            Result<Descriptives> inside, Result<Descriptives> outside, Result<MirrorGap> gap, Result<Double> adjustedP,
            Reading.Difference reading) {
    }

    /**
     * Units side by side (the report's heatmap level), each a point: the staff's internal-health index
     * against the outsiders' score, for the units both reports show.
     *
     * @param fewUnits fewer than {@link WithinWithoutBuilder#FEW_UNITS} units: a hint, not a finding
     */
    public record UnitRelation(int level, List<UnitPoint> points, Result<Correlation> correlation, boolean fewUnits,
            Reading.Relation reading) {
    }

    public record UnitPoint(long unitId, String path, long staff, double insideIndex, long outsiders,
            double outsideIndex) {
    }

    /**
     * The section in a few facts the pages put into words.
     *
     * @param seenBetterInside  dimensions staff rate clearly higher than outsiders do
     * @param seenBetterOutside dimensions outsiders rate clearly higher
     * @param largestGap        the dimension with the largest gap either way, {@code null} when none computes
     * @param topDriver         the internal dimension weighing most on the outward one, {@code null} without drivers
     */
    public record Summary(int seenBetterInside, int seenBetterOutside, int noClearDifference, String largestGap,
            Reading.Relation units, String topDriver) {
    }
}
