package org.selving.security;

/** Who is signed in, as the signed-in pages' header shows it. */
public record Staff(String name, String email, Role role) {

    static Staff of(Caller caller) {
        return new Staff(caller.displayName(), caller.email(), caller.role());
    }

    public boolean administrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Whether the account may change organizations, units and assessments (administrators and consultants). */
    public boolean editor() {
        return role != Role.MANAGER;
    }
}
