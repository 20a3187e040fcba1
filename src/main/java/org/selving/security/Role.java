package org.selving.security;

/**
 * What an account may do. Respondents are not a role: they never have an account.
 */
public enum Role {
    /** Manages accounts and everything else. */
    ADMINISTRATOR(Roles.ADMINISTRATOR),
    /** Creates and manages the client organizations assigned to them. */
    CONSULTANT(Roles.CONSULTANT),
    /** Reads the reports of one organization, or of one unit and everything below it; changes nothing. */
    MANAGER(Roles.MANAGER);

    private final String securityName;

    Role(String securityName) {
        this.securityName = securityName;
    }

    /** The role's name in Quarkus Security ({@code @RolesAllowed}), e.g. {@code consultant}. */
    public String securityName() {
        return securityName;
    }
}
