package org.selving.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creates or renames an organization. */
public record OrganizationRequest(@NotBlank @Size(max = 200) String name) {
}
