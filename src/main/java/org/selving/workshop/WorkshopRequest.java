package org.selving.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.selving.assessment.AssessmentSettings;

/**
 * Starting a live session: the unit the room's answers count for and, to create the session's own
 * assessment in the same step ({@code POST /api/organizations/{id}/workshops}), its settings (it is
 * created and opened at once; answers come only through the room, so its open link stays off).
 */
public record WorkshopRequest(@NotNull Long unitId, @Valid AssessmentSettings assessment) {
}
