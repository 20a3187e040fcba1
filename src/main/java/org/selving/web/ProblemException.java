package org.selving.web;

import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/**
 * Our own errors: whatever throws it, the JSON API answers with the matching problem+json and the
 * pages show the message (and the field errors next to their fields). Services throw it; they never
 * return error codes.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    private ProblemException(int status, String title, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** 429: this client asked too often; it may try again after {@code retryAfter} (sent as Retry-After). */
    public static ProblemException tooManyRequests(String field, String message, Duration retryAfter) {
        return new ProblemException(429, "Too many requests", message, List.of(new FieldError(field, message)),
                retryAfter);
    }

    /**
     * 503: the database cannot be reached; nothing was stored or changed, and the same request may be sent
     * again after {@code retryAfter}.
     */
    public static ProblemException unavailable(Duration retryAfter) {
        return new ProblemException(Status.SERVICE_UNAVAILABLE.getStatusCode(), "Service unavailable",
                "The database cannot be reached at the moment; nothing was stored. Try again in a little while.",
                List.of(), retryAfter);
    }

    /** 400: the input itself is wrong; each error names its field. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.";
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), "Invalid input", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 404: what the request names does not exist (or is not visible to the caller). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "Not found", detail, List.of());
    }

    /** 409: the request is well formed but the current state forbids it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), "Conflict", detail, List.of());
    }

    /** 409 about one field, e.g. an access code that was already used. */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), "Conflict", message,
                List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** How long a refused client should wait, {@code null} unless the status is 429 or 503. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
