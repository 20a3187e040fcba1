package org.selving.web;

import java.time.Instant;

/**
 * Thrown by page resources to show a friendly error page instead of the page asked for; mapped by
 * {@link ErrorPages}. The JSON API uses {@link ProblemException} instead.
 */
public class PageException extends RuntimeException {

    private final PageError error;
    private final Instant when;

    /** @param when the moment the page speaks of (e.g. when an assessment opens), or {@code null} */
    public PageException(PageError error, Instant when) {
        super(error.name(), null, false, false);
        this.error = error;
        this.when = when;
    }

    public PageException(PageError error) {
        this(error, null);
    }

    public PageError error() {
        return error;
    }

    public Instant when() {
        return when;
    }
}
