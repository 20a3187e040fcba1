package org.selving.security;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Replaces what an administrator may change on an account (the password has its own request).
 *
 * @param locked true: no sign-in, and its sessions and tokens stop working; false also lifts a lock
 *               after too many failed sign-ins
 */
public record AccountChanges(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
        @NotNull Role role, Long organizationId, Long unitId, List<@NotNull Long> clientIds, @NotNull Boolean locked) {
}
