package org.selving.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks for a personal API token.
 *
 * @param name          what it is for, e.g. {@code nightly import}
 * @param expiresInDays absent: valid until revoked
 */
public record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer expiresInDays) {
}
