package org.selving.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the report pages and charts, in English; the French is in
 * {@code messages/report_fr.properties} (same keys). Templates use them as {@code {report:key}};
 * the charts ({@link ReportCharts}) get them through {@code MessageBundles}.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    @Message("Report")
    String title();

    @Message("Report of {assessment}")
    String heading(String assessment);

    @Message("{organization}, questionnaire “{instrument}”")
    String about(String organization, String instrument);

    @Message("Whole organization")
    String scope_whole();

    @Message("Everybody")
    String segment_everybody();

    @Message("Part of the organization")
    String scope_units();

    @Message("Segment")
    String scope_segment();

    @Message("Units shown side by side")
    String scope_level();

    @Message("Level {level}")
    String level(int level);

    @Message("Download")
    String downloads();

    @Message("The whole report (JSON)")
    String download_json();

    @Message("The report's tables (CSV)")
    String download_tables();

    @Message("The anonymized responses (CSV)")
    String download_responses();

    @Message("Print this page")
    String print_hint();

    @Message("Interim figures: the assessment is still open. They cover the first {responses} responses and move in steps of {k}, so that no one can follow single answers as they come in. Units, segments, response rates and comments appear when it closes.")
    String interim(long responses, int k);

    @Message("The assessment is still open. Figures appear once {responses} responses are in, and then move in steps of {k}.")
    String interim_waiting(int responses, int k);

    @Message("Fewer than {k} people answered here, so no figure is shown.")
    String withheld_whole(int k);

    @Message("No figure covers fewer than {k} people. Where a group is too small, it says so; where showing a group would let a smaller one be worked out by subtraction, it is withheld too.")
    String anonymity_rule(int k);

    @Message("fewer than {k} responses")
    String withheld_fewer(int k);

    @Message("withheld to protect a smaller group")
    String withheld_protects();

    // Overview

    @Message("At a glance")
    String overview();

    @Message("Internal-health index")
    String overall_index();

    @Message("0 to 100, the mean of the dimensions' indices")
    String overall_index_hint();

    @Message("Respondents")
    String respondents();

    @Message("Employee Net Promoter Score")
    String enps();

    @Message("promoters (9-10) minus detractors (0-6), from -100 to 100; 95% interval {low} to {high}")
    String enps_hint(String low, String high);

    // Dimensions

    @Message("Dimensions")
    String dimensions();

    @Message("Dimension")
    String dimension();

    @Message("Index (95% interval)")
    String index_ci();

    @Message("Mean")
    String mean();

    @Message("Favorable / neutral / unfavorable")
    String shares();

    @Message("Reliability")
    String reliability();

    @Message("Index of each dimension from 0 to 100, with its 95% interval")
    String chart_dimensions_title();

    @Message("One bar per dimension; the line across each bar's end shows the 95% interval. The table below gives the same figures.")
    String chart_dimensions_desc();

    @Message("{low} to {high}")
    String interval(String low, String high);

    @Message("reliable")
    String reliability_reliable();

    @Message("acceptable")
    String reliability_acceptable();

    @Message("use with care")
    String reliability_use_with_care();

    @Message("unreliable: read the items one by one")
    String reliability_unreliable();

    @Message("not computable")
    String not_computable();

    @Message("α {alpha} (95%: {low} to {high}), ω {omega}")
    String reliability_figures(String alpha, String low, String high, String omega);

    @Message("Items of “{dimension}”")
    String items_of(String dimension);

    @Message("Item")
    String item();

    @Message("negatively worded: scored the other way round")
    String item_reverse();

    @Message("How people answered each item of “{dimension}”")
    String chart_distribution_title(String dimension);

    @Message("One bar per item, split by the answers given, from the least to the most favorable. The table gives the counts.")
    String chart_distribution_desc();

    @Message("not answered")
    String not_answered();

    // Heatmap and agreement

    @Message("Units side by side")
    String heatmap();

    @Message("Each cell is the dimension's index. Blue: higher than {scope}, orange: lower; the deeper the colour, the larger the gap (5 and 10 points).")
    String heatmap_hint(String scope);

    @Message("Dimension indices of each unit, coloured by their difference from {scope}")
    String chart_heatmap_title(String scope);

    @Message("Rows are units, columns dimensions; the table below gives every value and difference.")
    String chart_heatmap_desc();

    @Message("Unit")
    String unit();

    @Message("Others in {unit}")
    String others_in(String unit);

    @Message("people attached to it directly and units too small to show on their own")
    String others_hint();

    @Message("{index} ({difference} from {scope})")
    String index_difference(String index, String difference, String scope);

    @Message("Team agreement")
    String agreement();

    @Message("Do units really differ?")
    String unit_differences();

    @Message("ICC(1) {icc1}, ICC(2) {icc2}")
    String icc_figures(String icc1, String icc2);

    @Message("Units differ, and their averages are steady enough to compare.")
    String units_differ();

    @Message("Unit averages are steady, but units differ only a little.")
    String units_differ_little();

    @Message("Unit averages are too unsteady to compare units on this dimension.")
    String unit_averages_unsteady();

    @Message("How much each unit's members agree (rwg(j), 0 to 1): from 0.70 the unit's average speaks for its members; below 0.50 it hides very different experiences.")
    String rwg_hint();

    // Segments

    @Message("How the segments see it")
    String segments();

    @Message("The “selving” view: where groups of the organization see the same things differently, blind spots may hide.")
    String segments_hint();

    @Message("Gaps that are more than noise")
    String gaps();

    @Message("Compared")
    String compared();

    @Message("Difference")
    String difference();

    @Message("Effect size (Hedges' g)")
    String effect_size();

    @Message("Adjusted p")
    String adjusted_p();

    @Message("Reading")
    String reading();

    @Message("higher, more than noise")
    String difference_higher();

    @Message("lower, more than noise")
    String difference_lower();

    @Message("no clear difference")
    String difference_none();

    @Message("No gap between segments here is more than noise.")
    String no_clear_gaps();

    // Change

    @Message("Change since “{previous}”")
    String change(String previous);

    @Message("Change since the previous assessment")
    String change_heading();

    @Message("Before")
    String before();

    @Message("Now")
    String now();

    @Message("Index of each dimension before and now")
    String chart_trend_title();

    @Message("For each dimension a line from the earlier index (hollow dot) to the current one (full dot, with its 95% interval). The table gives the same figures.")
    String chart_trend_desc();

    @Message("Items that changed most")
    String items_changed();

    // Drivers

    @Message("What relates most to “{outcome}”")
    String drivers(String outcome);

    @Message("What relates most to the outcome")
    String drivers_heading();

    @Message("Relative weight: the share of the explained variance each dimension accounts for (R² = {rsquared}, {respondents} respondents). Correlation: how closely it moves with the outcome.")
    String drivers_hint(String rsquared, long respondents);

    @Message("Relative weight")
    String relative_weight();

    @Message("Correlation")
    String correlation();

    @Message("Relative weight of each dimension for the outcome")
    String chart_drivers_title();

    @Message("One bar per dimension, longest first; the table gives the same figures.")
    String chart_drivers_desc();

    // Response rates

    @Message("Response rates")
    String response_rates();

    @Message("Codes issued")
    String codes_issued();

    @Message("Codes used")
    String codes_used();

    @Message("Rate")
    String rate();

    // Comments

    @Message("Comments")
    String comments();

    @Message("Comments are shown only for groups of at least {threshold} people who wrote one, in a shuffled order.")
    String comments_hint(int threshold);

    @Message("including smaller units")
    String comments_with_others();

    // Why a part is missing

    @Message("Appears when the assessment closes.")
    String unavailable_interim();

    @Message("This assessment asks no segment question.")
    String unavailable_no_segment_question();

    @Message("This report is about one segment already.")
    String unavailable_segment_scope();

    @Message("This unit has no units below it.")
    String unavailable_no_units_below();

    @Message("No access codes were issued here.")
    String unavailable_no_codes();

    @Message("No earlier closed assessment of this organization used the same questionnaire.")
    String unavailable_no_previous_assessment();

    @Message("The earlier assessment had too few responses in this group to compare.")
    String unavailable_previous_withheld();

    @Message("Shown from 30 respondents who answered every dimension and the outcome; this group has fewer.")
    String unavailable_too_few_for_drivers();

    @Message("The questionnaire has no outcome item.")
    String unavailable_no_outcome();

    @Message("No group here has enough comments to show.")
    String unavailable_no_comments();

    @Message("{unit}: a live workshop session, whose room read these together")
    String comments_live_session(String unit);

    @Message("Not part of a live workshop room's figures: see the assessment's report.")
    String unavailable_live_room();
}
