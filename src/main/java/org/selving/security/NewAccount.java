package org.selving.security;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates an account.
 *
 * @param password       the first password, at least {@value Passwords#MIN_LENGTH} characters; hand it over apart
 * @param organizationId managers only: their organization
 * @param unitId         managers only, optional: limits them to this unit and everything below it
 * @param clientIds      consultants only, optional: the organizations they manage
 */
public record NewAccount(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
        @NotNull Role role, @NotNull String password, Long organizationId, Long unitId, List<@NotNull Long> clientIds) {
}
