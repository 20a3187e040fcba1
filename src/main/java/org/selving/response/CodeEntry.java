package org.selving.response;

/**
 * The access-code field of the home page, as typed and with what is wrong with it.
 *
 * @param typed   what the person typed, shown back to them
 * @param problem {@code null} when nothing is wrong (yet)
 */
public record CodeEntry(String typed, Problem problem) {

    public enum Problem {
        MISSING,
        /** Unknown or already used: deliberately one message, see {@link org.selving.web.PageError#CODE_NOT_USABLE}. */
        NOT_USABLE
    }

    public static CodeEntry empty() {
        return new CodeEntry("", null);
    }
}
