package org.selving.security;

import jakarta.validation.constraints.NotNull;

/** Changes one's own password; the current one proves it is really the account's owner at the keyboard. */
public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
}
