package org.selving.web;

/**
 * Why a page could not be shown, as a person is told it on a friendly error page
 * ({@code templates/web/error.html}); the JSON API says the same things as problem+json.
 */
public enum PageError {
    /** Nothing at this address. */
    NOT_FOUND(404),
    /**
     * An access code that does not exist or was already used. Deliberately one case: telling them
     * apart would confirm to someone guessing that a code exists.
     */
    CODE_NOT_USABLE(404),
    /** The assessment is still being prepared, or its window has not begun. */
    NOT_OPEN_YET(409),
    /** The assessment takes no more answers. */
    CLOSED(410),
    /** Signed in, but the account's role does not allow this page. */
    FORBIDDEN(403),
    /** Too many unusable access codes from one client: code entry is throttled for a while. */
    TOO_MANY_ATTEMPTS(429),
    /** A form sent without its CSRF token, or with a wrong one (sent from elsewhere, or too late). */
    FORM_EXPIRED(400),
    /** Any other request we cannot handle (a 4xx). */
    REFUSED(400),
    /** A failure of ours (a 5xx); the details are in the log, never on the page. */
    UNEXPECTED(500);

    private final int status;

    PageError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The error page for an HTTP status that nothing more specific explains. */
    public static PageError forStatus(int status) {
        if (status == 404 || status == 410) {
            return NOT_FOUND;
        }
        return status >= 500 ? UNEXPECTED : REFUSED;
    }
}
