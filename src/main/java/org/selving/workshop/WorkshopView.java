package org.selving.workshop;

import java.time.LocalDate;
import java.util.List;

/**
 * A live session as its facilitators see it through the API.
 *
 * @param joinCode {@code null} once the session has ended
 * @param answers  the first round's answers so far
 * @param aims     the second round's answers so far
 * @param revealed the dimension keys the screen shows ({@code ["*"]}: all)
 */
public record WorkshopView(long id, long assessmentId, long unitId, WorkshopPhase phase, String joinCode, int answers,
        int aims, List<String> revealed, boolean gapShown, LocalDate heldOn) {

    static WorkshopView of(WorkshopSession s) {
        List<String> revealed = s.revealed.isEmpty() ? List.of() : List.of(s.revealed.split(","));
        return new WorkshopView(s.id, s.assessmentId, s.unitId, s.phase, s.joinCode, s.answers, s.aims, revealed,
                s.gapShown, s.heldOn);
    }
}
