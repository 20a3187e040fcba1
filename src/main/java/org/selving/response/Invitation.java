package org.selving.response;

/**
 * The page before the questionnaire ({@code templates/response/intro.html}): what it is, and plainly
 * what is recorded with the answers and what is not.
 *
 * @param unitPath        the unit the answers count for, {@code null} on an open link (chosen in the form)
 * @param segmentQuestion the optional segment question in the page's language, {@code null} when none is asked
 * @param withCode        entered with an access code (rather than an open link)
 * @param startHref       the questionnaire, in the page's language
 * @param outsider        a mirror questionnaire: the respondent answers about the organization from
 *                        outside, and the unit is the team they deal with most
 */
public record Invitation(String title, String organization, String assessment, String description, String unitPath,
        String segmentQuestion, boolean comments, int questions, int minGroupSize, int commentThreshold,
        boolean withCode, String startHref, boolean outsider) {
}
