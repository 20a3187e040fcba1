package org.selving.security;

import jakarta.validation.constraints.NotNull;

/** Signs in through the JSON API ({@code POST /api/session}). */
public record SignIn(@NotNull String email, @NotNull String password) {
}
