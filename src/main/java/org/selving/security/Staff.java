package org.selving.security;

/** Who is signed in, as the signed-in pages' header shows it. */
public record Staff(String name, String email, Role role) {

    static Staff of(Caller caller) {
        return new Staff(caller.displayName(), caller.email(), caller.role());
    }

    public boolean administrator() {
        return role == Role.ADMINISTRATOR;
    }
}
