package org.selving.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the console pages where administrators and consultants prepare and run assessments
 * (organizations, units, assessments, access codes, imports), in English; the French is in
 * {@code messages/console_fr.properties} (same keys). Templates use them as {@code {console:key}}; the
 * printed code cards get them through {@code MessageBundles}, in the assessment's language.
 */
@MessageBundle(value = "console", locale = "en")
public interface ConsoleMessages {

    // Organizations and units

    @Message("New organization")
    String organization_new();

    @Message("Name of the organization")
    String organization_name();

    @Message("You become its consultant: you can then add its units and prepare its assessments.")
    String organization_name_hint();

    @Message("Create the organization")
    String organization_create();

    @Message("The organization was created. Add its units, then prepare an assessment.")
    String organization_created();

    @Message("No unit yet.")
    String units_none();

    @Message("Add a unit")
    String unit_add_heading();

    @Message("Name of the unit")
    String unit_name();

    @Message("A division, a department, a team. Names may not contain “/”.")
    String unit_name_hint();

    @Message("Place it under")
    String unit_parent();

    @Message("The top level")
    String unit_top_level();

    @Message("Add the unit")
    String unit_add();

    @Message("The unit was added.")
    String unit_added();

    @Message("The unit was saved.")
    String unit_saved();

    @Message("Change {name}")
    String unit_change(String name);

    @Message("Unit {name}")
    String unit_title(String name);

    @Message("Moving a unit moves everything below it. Answers and codes stay with it; a closed assessment's report keeps the tree it was first reported with.")
    String unit_change_hint();

    @Message("Save the unit")
    String unit_save();

    @Message("Back to {organization}")
    String back_to(String organization);

    @Message("New assessment")
    String assessment_new();

    @Message("Report")
    String report_link();

    @Message("Assessments")
    String organization_assessments();

    @Message("No assessment yet.")
    String organization_no_assessments();

    @Message("Units")
    String organization_units();

    @Message("draft")
    String status_draft();

    @Message("open")
    String status_open();

    @Message("closed")
    String status_closed();

    // The assessment form

    @Message("New assessment for {organization}")
    String assessment_new_title(String organization);

    @Message("It is created as a draft: nothing is asked of anyone until you open it.")
    String assessment_new_hint();

    @Message("Questionnaire")
    String instrument();

    @Message("Title")
    String title();

    @Message("As respondents will see it, for example “Internal health, autumn”.")
    String title_hint();

    @Message("Opens at (optional)")
    String opens_at();

    @Message("Closes at (optional)")
    String closes_at();

    @Message("Date and time, {zone}. Left empty: answers are taken from the moment you open it until you close it.")
    String window_hint(String zone);

    @Message("Minimum group size (k)")
    String min_group_size();

    @Message("No figure is ever shown for fewer people than this: at least 3, usually 5. Fixed once the assessment opens.")
    String min_group_size_hint();

    @Message("Open link: anyone with the link may answer, choosing their unit")
    String open_link_choice();

    @Message("Access codes can be issued either way; with codes only, each person answers once.")
    String open_link_hint();

    @Message("Segment question (optional)")
    String segment_legend();

    @Message("For example “Your position”: staff, manager, senior leader. Give the question and at least two options in every language of the questionnaire, or leave all of it empty.")
    String segment_hint();

    @Message("Question ({language})")
    String segment_text(String language);

    @Message("Option {number}")
    String segment_option(int number);

    @Message("Key (lower-case letters, digits, “-” or “_”, e.g. staff)")
    String option_key();

    @Message("Label ({language})")
    String option_label(String language);

    @Message("Create the draft")
    String assessment_create();

    // The assessment page

    @Message("The draft was created. Check its settings and issue access codes, then open it.")
    String assessment_created();

    @Message("The assessment is open: answers are taken within its window.")
    String assessment_opened();

    @Message("The assessment is closed: it takes no more answers.")
    String assessment_closed();

    @Message("This could not be done")
    String refused();

    @Message("Settings")
    String settings();

    @Message("Status")
    String status();

    @Message("Opens")
    String opens();

    @Message("Closes")
    String closes();

    @Message("when it is opened")
    String opens_when_opened();

    @Message("when it is closed")
    String closes_when_closed();

    @Message("Open link")
    String open_link();

    @Message("on")
    String on();

    @Message("off: access codes only")
    String off();

    @Message("Segment question")
    String segment_question();

    @Message("none")
    String none();

    @Message("Open the assessment")
    String open_heading();

    @Message("Once open, answers are taken within its window, and the questionnaire, k and the segment question can no longer change.")
    String open_warning();

    @Message("Open it now")
    String open_button();

    @Message("Close the assessment")
    String close_heading();

    @Message("Once closed it takes no more answers and cannot be opened again. Its report then shows units, segments, response rates and comments, as far as k allows.")
    String close_warning();

    @Message("Close it for good")
    String close_button();

    @Message("The link to share")
    String share_heading();

    @Message("Anyone who has this link can answer: share it only with the people you are asking.")
    String share_hint();

    @Message("Access codes")
    String codes_link();

    @Message("Import answers from a CSV file")
    String imports_link();

    @Message("Back to the assessment")
    String back_to_assessment();

    // Access codes

    @Message("Access codes: {title}")
    String codes_title(String title);

    @Message("Issue codes")
    String codes_issue_heading();

    @Message("Give one code to each person of the unit: a code works once, and nothing links it to the answers given with it.")
    String codes_issue_hint();

    @Message("Unit")
    String codes_unit();

    @Message("How many")
    String codes_count();

    @Message("Up to {max} at a time.")
    String codes_count_hint(int max);

    @Message("Issue the codes")
    String codes_issue();

    @Message("The assessment is closed: it needs no more codes.")
    String codes_closed();

    @Message("Codes per unit")
    String codes_counts_heading();

    @Message("No code has been issued yet.")
    String codes_none();

    @Message("Issued")
    String codes_issued();

    @Message("Used")
    String codes_used();

    @Message("Whole organization")
    String codes_whole();

    @Message("withheld")
    String codes_withheld();

    @Message("How many codes were used is shown once the assessment is closed, as its report shows it: never for a group of fewer than {k} people.")
    String codes_used_later(int k);

    @Message("How many codes were used is withheld, as in the report: it would tell about a group of fewer than {k} people.")
    String codes_used_withheld(int k);

    @Message("As in the report: each unit counts its own codes and those of the units below it; a count of fewer than {k} people, or one that would give such a count away, is withheld.")
    String codes_used_rules(int k);

    @Message("{count} access codes for {unit}")
    String issued_title(int count, String unit);

    @Message("These codes are shown this once: only their fingerprints are kept, so they cannot be shown again. Print this page now (or save it as PDF) and cut along the lines; if they are lost, issue new ones.")
    String issued_once();

    // One printed card, in the assessment's language

    @Message("{title}: your access code")
    String card_heading(String title);

    @Message("Go to {address} and type this code to answer. It works once. Your answers are anonymous: nothing links this code to them.")
    String card_instructions(String address);

    // CSV import

    @Message("Import answers: {title}")
    String imports_title(String title);

    @Message("CSV file")
    String imports_file();

    @Message("UTF-8, separated by commas, with a header line: unit, segment (if asked), one column per item key, then optional comment columns; one respondent per line. Every line is imported, or none.")
    String imports_hint();

    @Message("Import the file")
    String imports_button();

    @Message("{rows} responses were imported from {file}.")
    String imports_done(int rows, String file);

    @Message("Nothing was imported. {detail}")
    String imports_refused(String detail);

    @Message("Line")
    String imports_line();

    @Message("Column")
    String imports_column();

    @Message("Problem")
    String imports_problem();

    @Message("Answers can be imported only while the assessment is open.")
    String imports_not_open();

    @Message("Imported files")
    String imports_list_heading();

    @Message("No file has been imported yet.")
    String imports_none();

    @Message("File")
    String imports_file_name();

    @Message("Responses")
    String imports_rows();

    @Message("Imported")
    String imports_when();
}
