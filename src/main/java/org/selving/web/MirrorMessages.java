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
}
