package org.selving.security;

/** The role names of {@link Role} as constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMINISTRATOR = "administrator";
    public static final String CONSULTANT = "consultant";
    public static final String MANAGER = "manager";

    private Roles() {
    }
}
