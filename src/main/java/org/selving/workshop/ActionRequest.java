package org.selving.workshop;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An action the room decided on: what, who sees to it (optional), and by when (optional).
 *
 * @param dueOn a day, {@code 2026-03-31}
 */
public record ActionRequest(@NotBlank @Size(max = 500) String description, @Size(max = 200) String owner,
        LocalDate dueOn) {
}
