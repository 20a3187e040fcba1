package org.selving.workshop;

import java.util.List;

import org.selving.report.Disclosed;
import org.selving.report.Report;

/**
 * What a live session shows of its answers at this moment, as the JSON API gives it: the same figures
 * as its screen (every dimension: revealing them is the screen's business, not a rule of anonymity),
 * cut by the same steps.
 *
 * @param shownAnswers how many of the first round's answers the figures cover (steps of k while it is open)
 * @param now          the first round's figures, or why they are withheld
 * @param aims         the second round's figures; absent before it
 * @param comments     at the debrief, once the session has ended: the prompts the room answered often enough
 */
public record ScreenFigures(WorkshopView session, int shownAnswers, int shownAims, Disclosed<Report.Figures> now,
        Disclosed<Report.Figures> aims, List<Report.PromptComments> comments) {
}
