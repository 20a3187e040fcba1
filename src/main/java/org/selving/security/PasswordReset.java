package org.selving.security;

import jakarta.validation.constraints.NotNull;

/** A new password set by an administrator; the account's sessions end. */
public record PasswordReset(@NotNull String password) {
}
