package org.selving.security;

import java.util.Locale;

/** Email addresses as account names: compared without case or surrounding spaces. */
final class Emails {

    private Emails() {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
