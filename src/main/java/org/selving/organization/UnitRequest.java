package org.selving.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates a unit, or renames and moves one (the whole editable state: a PUT with another
 * {@code parentId} moves the unit with everything below it).
 *
 * @param parentId the unit to place it under, {@code null} for the top level
 */
public record UnitRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^/]*", message = "must not contain '/' (it separates unit paths)") String name,
        Long parentId) {
}
