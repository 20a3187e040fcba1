package org.selving.clients;

import java.util.List;

import org.selving.report.Withheld;
import org.selving.stats.Correlation;
import org.selving.stats.Result;
import org.selving.stats.Spread;

/**
 * A consultant's client organizations side by side for one questionnaire: each one's latest closed
 * assessment of it, with exactly the organization-wide figures that assessment's own report shows
 * (nothing of a report that withholds them); where at least {@link ClientComparisonService#MIN_ORGANIZATIONS}
 * organizations show a figure, its spread and the quarter each one falls in; and each organization's
 * internal index against its outsiders' score, where its report has a within/without section.
 *
 * @param dimensions   the questionnaire's dimensions, as the columns of every client's figures
 * @param distribution {@code null} when fewer than five organizations show their figures
 * @param qualifying   how many organizations show their figures
 */
public record ClientComparison(String instrument, String instrumentTitle, String language, List<String> languages,
        List<Column> dimensions, List<Client> clients, int qualifying, Distribution distribution, Scatter scatter) {

    public record Column(String key, String title) {
    }

    /** Where an organization stands. */
    public enum Standing {
        /** Its latest closed assessment's report shows its figures. */
        SHOWN,
        /** That report withholds them (fewer than k responses). */
        WITHHELD,
        /** It has no closed assessment of this questionnaire. */
        NO_CLOSED_ASSESSMENT
    }

    /**
     * @param assessmentId   its latest closed assessment of the questionnaire, {@code null} for none
     * @param withheld       why its report shows nothing, when withheld
     * @param figures        when shown
     * @param outsiders      its outsiders' view, when its report has a within/without section
     */
    public record Client(long organizationId, String organization, Long assessmentId, String assessmentTitle,
            Standing standing, Withheld withheld, Figures figures, Outsiders outsiders) {
    }

    /**
     * @param dimensions one index per column; not computable where the assessment's version of the
     *                   questionnaire has no such dimension or nobody answered it
     * @param quarters   the quarter (1-4) of the overall index, then of each dimension, in the
     *                   distribution; {@code null} without a distribution (or where a figure has none)
     */
    public record Figures(long respondents, Result<Double> overallIndex, List<Result<Double>> dimensions,
            List<Integer> quarters) {
    }

    /** @param interim the mirror is still open: its figures move in steps of its k */
    public record Outsiders(long mirrorAssessmentId, long outsiders, Result<Double> outsideIndex, boolean interim) {
    }

    /** The spread of the overall index and of each dimension across the organizations that show them. */
    public record Distribution(Result<Spread> overall, List<Result<Spread>> dimensions) {
    }

    /**
     * Each organization with an outsiders' view: internal index against outsiders' index.
     *
     * @param correlation across the points, from five of them
     */
    public record Scatter(List<Point> points, Result<Correlation> correlation) {
    }

    public record Point(long organizationId, String organization, double insideIndex, double outsideIndex,
            long outsiders) {
    }
}
