package org.selving.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of "as within, so without" in English: pairing a mirror assessment in the console, the
 * pages outsiders answer on, the within/without section of a report and the consultant's view of
 * clients side by side. The French is in {@code messages/mirror_fr.properties} (same keys). Templates
 * use them as {@code {mirror:key}}; views get them through {@code MessageBundles}.
 */
@MessageBundle(value = "mirror", locale = "en")
public interface MirrorMessages {

    // Pairing, on an assessment's console page

    @Message("Within and without")
    String pairing_heading();

    @Message("Outsiders (customers, members, partners, suppliers) answer this questionnaire about the organization. Pair it with the internal assessment whose staff answers it mirrors: that assessment's report then sets how staff see themselves against how outsiders see them.")
    String pairing_mirror_hint();

    @Message("Paired with")
    String pairing_paired_with();

    @Message("not paired yet")
    String pairing_none();

    @Message("Internal assessment")
    String pairing_choice();

    @Message("None")
    String pairing_choice_none();

    @Message("Save the pairing")
    String pairing_save();

    @Message("Once this assessment takes answers, the internal one must be open or closed. The pairing is fixed once this assessment closes.")
    String pairing_rule();

    @Message("The pairing was saved.")
    String pairing_saved();

    @Message("Outsiders' view of this assessment")
    String pairing_mirrored_by();

    @Message("The report of this assessment sets how staff see themselves against how outsiders see them.")
    String pairing_internal_hint();

    // The pages outsiders answer on: the unit is the team they deal with most

    @Message("the team you deal with: {unit}")
    String intro_recorded_team(String unit);

    @Message("the team you deal with most, which you choose at the start of the questionnaire")
    String intro_recorded_team_chosen();

    @Message("Whom you deal with")
    String form_team_heading();

    @Message("The team you deal with most")
    String form_team_legend();

    @Message("Choose the team or department of this organization you deal with most. Your answers count only for it and the groups above it.")
    String form_team_hint();

    @Message("Choose the team you deal with most.")
    String form_error_team();

    // Why the within/without section of a report shows nothing

    @Message("No outsiders' assessment is paired with this one. Pair an assessment of the mirror questionnaire with it (on the mirror's page) to compare how staff see the organization with how its customers, members or partners see it.")
    String unavailable_no_mirror();

    @Message("The outsiders' assessment paired with this one is a draft: outsiders have not answered yet.")
    String unavailable_mirror_draft();

    @Message("The outsiders' assessment is still open: until it closes, outsiders' figures are published for the whole organization only.")
    String unavailable_mirror_interim();

    @Message("This unit was created after the outsiders' assessment closed: no outsider chose it.")
    String unavailable_not_in_mirror();

    @Message("Fewer than {k} outsiders answered about this part of the organization, so nothing of theirs is shown.")
    String unavailable_too_few_outsiders(int k);

    @Message("Fewer than three units show both their staff's and their outsiders' figures: too few to relate them.")
    String unavailable_too_few_units();

    @Message("The figures of this report are withheld, so there is nothing to set against the outsiders' view.")
    String unavailable_report_withheld();

    // The within/without section of a report

    @Message("Within and without: how outsiders see you")
    String section_heading();

    @Message("How this report's staff see the organization, set against how its outsiders (customers, members, partners) see it on statements that mirror theirs, from “{mirror}”: {staff} staff, {outsiders} outsiders. Indices go from 0 to 100; a gap is staff's index minus outsiders', in index points.")
    String section_lead(String mirror, String staff, String outsiders);

    @Message("The outsiders' assessment is still open: their figures cover the first {responses} responses, for the whole organization, and move in steps of its k.")
    String section_interim(String responses);

    @Message("The outsiders' own report")
    String section_mirror_link();

    @Message("On the paired statements")
    String section_indices();

    @Message("Staff (inside)")
    String inside();

    @Message("Outsiders (outside)")
    String outside();

    @Message("In plain words")
    String readings_heading();

    @Message("On {count} of the {total} dimensions, staff see the organization more favorably than outsiders do, beyond what chance explains.")
    String reading_better_inside(int count, int total);

    @Message("On {count} of the {total} dimensions, outsiders see the organization more favorably than its staff do, beyond what chance explains.")
    String reading_better_outside(int count, int total);

    @Message("On none of the {total} dimensions do staff and outsiders differ by more than chance explains.")
    String reading_no_clear_gap(int total);

    @Message("The widest gap is “{dimension}”: {inside} as staff see it, {outside} as outsiders see it.")
    String reading_largest_gap(String dimension, String inside, String outside);

    @Message("Across {units} units, the units healthier inside go strongly with the ones outsiders see better ({figures}).")
    String reading_units_strong(String units, String figures);

    @Message("Across {units} units, the units healthier inside go moderately with the ones outsiders see better ({figures}).")
    String reading_units_moderate(String units, String figures);

    @Message("Across {units} units, the units healthier inside go only weakly with the ones outsiders see better ({figures}).")
    String reading_units_weak(String units, String figures);

    @Message("Across {units} units, how healthy a unit is inside says little about how outsiders see it ({figures}).")
    String reading_units_none(String units, String figures);

    @Message("Across {units} units, outsiders tend to see less in the units that are healthier inside ({figures}).")
    String reading_units_opposite(String units, String figures);

    @Message("The {units} units side by side do not vary enough to relate their figures.")
    String reading_units_not_computable(int units);

    @Message("With only {units} units, read this as a hint, not a finding: one unit more or less can change it.")
    String reading_units_few(String units);

    @Message("So far, that is within what chance explains.")
    String reading_units_chance();

    @Message("r = {r}, p = {p}")
    String correlation_figures(String r, String p);

    @Message("Among staff, “{dimension}” weighs most in “{outcome}”: {weight} of what the internal dimensions together explain (R² = {rsquared}).")
    String reading_top_driver(String dimension, String outcome, String weight, String rsquared);

    @Message("Each dimension, staff and outsiders side by side, from 0 to 100")
    String chart_title();

    @Message("Two bars per dimension: staff's index above, outsiders' below, each with its 95% interval. The table below gives the same figures with the gap, its interval, its effect size and adjusted p.")
    String chart_desc();

    @Message("Dimensions")
    String dimensions_caption();

    @Message("Statement by statement")
    String items_heading();

    @Message("Outsiders' statement")
    String item_outside();

    @Message("Staff's statement")
    String item_inside();

    @Message("Gap")
    String gap();

    @Message("95% interval")
    String gap_interval();

    @Message("staff higher, more than noise")
    String gap_higher_inside();

    @Message("outsiders higher, more than noise")
    String gap_higher_outside();

    @Message("Outsiders by segment")
    String segments_heading();

    @Message("Segment")
    String segment();

    @Message("Outsiders")
    String outsiders();

    @Message("Unit by unit")
    String units_heading();

    @Message("Each unit of the report's level that both reports show: staff's internal-health index across, outsiders' index up. Above the dashed line, outsiders see the unit better than its staff see the organization.")
    String units_hint();

    @Message("Units: internal-health index against outsiders' index")
    String units_chart_title();

    @Message("One numbered dot per unit; the table below lists them with their figures in the same order.")
    String units_chart_desc();

    @Message("Internal-health index (staff)")
    String units_axis_inside();

    @Message("Outsiders' index")
    String units_axis_outside();

    @Message("Unit")
    String unit();

    @Message("Staff")
    String staff();

    @Message("What drives “{outcome}” among staff")
    String drivers_heading(String outcome);

    @Message("Relative weight of each internal dimension for the outward-facing one")
    String drivers_chart_title();

    @Message("What drives relating outward among staff")
    String drivers_heading_generic();

    // A mirror assessment's own report

    @Message("Outsiders' index")
    String outsiders_index();

    @Message("Net Promoter Score")
    String nps();

    @Message("These are outsiders' answers about the organization (customers, members, partners, suppliers), by the team they deal with most.")
    String outsiders_report();

    @Message("The report of “{title}” sets them against its staff's view.")
    String outsiders_report_internal(String title);

    // The consultant's clients side by side

    @Message("Clients side by side")
    String clients_heading();

    @Message("Compare clients")
    String clients_link();

    @Message("Each client's latest closed assessment of “{instrument}”, with exactly the organization-wide figures its own report shows: a report that withholds its figures (fewer than k responses) adds nothing here.")
    String clients_lead(String instrument);

    @Message("Questionnaire")
    String clients_questionnaire();

    @Message("Each client's figures")
    String clients_table_heading();

    @Message("Organization")
    String clients_organization();

    @Message("Assessment")
    String clients_assessment();

    @Message("no closed assessment of this questionnaire")
    String clients_no_closed_assessment();

    @Message("fewer than k responses: its report shows no figure")
    String clients_withheld();

    @Message("Indices from 0 to 100. Q1 to Q4: the quarter of the clients' spread a figure falls in (Q1 at or below the lower quartile, Q4 above the upper one).")
    String clients_table_hint();

    @Message("Spread across clients")
    String clients_distribution_heading();

    @Message("The spread (median and quartiles) appears from {minimum} clients whose reports show their figures (here: {count}).")
    String clients_distribution_from(int minimum, int count);

    @Message("Lower quartile")
    String lower_quartile();

    @Message("Median")
    String median();

    @Message("Upper quartile")
    String upper_quartile();

    @Message("Each figure's spread across clients, from 0 to 100")
    String clients_distribution_title();

    @Message("One row per figure: the box runs from the lower to the upper quartile, the thick line is the median, each dot a client (numbered as in the table). The table below gives the quartiles.")
    String clients_distribution_desc();

    @Message("Within and without, client by client")
    String clients_scatter_heading();

    @Message("Clients: internal-health index against outsiders' index")
    String clients_scatter_title();

    @Message("One numbered dot per client whose report sets its staff against its outsiders; above the dashed line, outsiders see it better than its staff do. The table below lists the same clients in the same order.")
    String clients_scatter_desc();

    @Message("A correlation across clients is given from {minimum} of them.")
    String clients_scatter_from(int minimum);

    @Message("Across {count} clients: {figures}.")
    String clients_scatter_reading(String count, String figures);

    @Message("No client's report sets its staff against its outsiders yet: pair a mirror assessment with an internal one to see it here.")
    String clients_scatter_none();
}
