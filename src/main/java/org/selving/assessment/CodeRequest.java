package org.selving.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Asks for a batch of single-use access codes for the people of one unit. */
public record CodeRequest(@NotNull Long unitId, @NotNull @Min(1) @Max(AccessCodeService.MAX_BATCH) Integer count) {
}
