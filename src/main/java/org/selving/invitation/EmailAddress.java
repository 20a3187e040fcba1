package org.selving.invitation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail addresses of participant lists: compared and kept in lower case, and refused unless they are
 * plainly an address (a dot-atom local part, a domain of at least two labels, no display name, no
 * spaces or brackets). Internationalized domains are written in their ASCII form ({@code xn--}).
 */
final class EmailAddress {

    static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private EmailAddress() {
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with the (normalized) address, {@code null} when nothing is. */
    static String problem(String address) {
        if (address.isEmpty()) {
            return "required";
        }
        if (address.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1 || at > 64
                || !LOCAL.matcher(address.substring(0, at)).matches()
                || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
            return "'" + address + "' is not an e-mail address";
        }
        return null;
    }
}
