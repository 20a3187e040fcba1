package org.selving.web;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.selving.operations.DatabaseOutages;
import org.selving.operations.DatabaseUnavailable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem: our own {@link ProblemException},
 * Bean Validation violations, unreadable or mistyped JSON, and the HTTP-level errors (404, 405, 415).
 * Whatever the input, the client gets a 4xx naming the field at fault, never a bare 500 or an HTML page.
 * A request for a page gets the friendly error page instead ({@link ErrorPages#wanted()}).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client should wait before sending again what the database could not take. */
    public static final Duration RETRY_WHEN_UNAVAILABLE = Duration.ofSeconds(5);

    @Inject
    ErrorPages errorPages;

    @Inject
    DatabaseOutages outages;

    @ServerExceptionMapper
    public Response ownProblem(ProblemException e, UriInfo uri) {
        Response problem = problem(e.status(), e.title(), e.detail(), uri, e.errors());
        if (e.retryAfter() != null) {
            // whole seconds, rounded up, as RFC 9110 wants them
            problem.getHeaders().putSingle("Retry-After", String.valueOf((e.retryAfter().toMillis() + 999) / 1000));
        }
        return problem;
    }

    /** Violations on resource parameters; the built-in mapper for this exact type answers in its own format. */
    @ServerExceptionMapper
    public Response parameterViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e.getConstraintViolations(), uri);
    }

    /** Violations raised by services validating what they were given. */
    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e, UriInfo uri) {
        return violations(e.getConstraintViolations(), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String reason = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().lines().findFirst().orElse("");
        return problem(400, "Malformed JSON", "The body is not valid JSON" + where + reason, uri,
                List.of(new FieldError("body", "not valid JSON" + where)));
    }

    /** Valid JSON that does not fit the expected shape: a text where a number belongs, an unknown field... */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                : expectation(e.getTargetType());
        return problem(400, "Invalid input", field + ": " + message, uri, List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(400, "Invalid input", field + ": " + e.getOriginalMessage(), uri,
                List.of(new FieldError(field, "cannot be read: " + e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpServerRequest request) {
        String sent = request.getHeader("Content-Type");
        return problem(415, "Unsupported media type",
                (sent == null ? "The request has no Content-Type" : "Content-Type " + sent + " is not accepted here")
                        + "; see the API documentation at /q/swagger-ui for what each endpoint takes.",
                uri, List.of());
    }

    /** 404 for unknown paths, 405 for a wrong method, 406, and any other HTTP error raised by the framework. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        // Quarkus reports unreadable JSON as a 400 wrapping Jackson's exception
        JsonParseException parse = cause(e, JsonParseException.class);
        if (parse != null) {
            return malformedJson(parse, uri);
        }
        MismatchedInputException mismatch = cause(e, MismatchedInputException.class);
        if (mismatch != null) {
            return mismatchedJson(mismatch, uri);
        }
        JsonMappingException mapping = cause(e, JsonMappingException.class);
        if (mapping != null) {
            return unreadableJson(mapping, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = switch (status.getStatusCode()) {
            case 404 -> "Nothing exists at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            default -> e.getMessage();
        };
        return problem(status.getStatusCode(), status.getReasonPhrase(), detail, uri, List.of());
    }

    /**
     * The body could not be read, typically a chunked body over the size limit: Quarkus has already
     * answered 413 then, and this only keeps a client's mistake out of the error log.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.debugf("Unreadable request body on %s: %s", uri.getPath(), e.getMessage());
        return problem(400, "Unreadable body", "The request body could not be read: " + e.getMessage(), uri,
                List.of(new FieldError("body", "could not be read")));
    }

    /**
     * A bug of ours: logged with its stack trace; the client still gets a problem, without internals. A
     * database that cannot be reached is no bug: a 503 the client may retry, logged in one line.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            outages.refused(uri.getPath(), e);
            return ownProblem(ProblemException.unavailable(RETRY_WHEN_UNAVAILABLE), uri);
        }
        LOG.error("Unexpected failure of " + uri.getPath(), e);
        return problem(500, "Internal error", "The server failed to handle this request; it has been logged.",
                uri, List.of());
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    Response problem(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        if (errorPages.wanted()) {
            return errorPages.forStatus(status);
        }
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath(), errors))
                .build();
    }

    private Response violations(Collection<ConstraintViolation<?>> violations, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            if (isReturnValue(v.getPropertyPath())) {
                LOG.errorf("Response failed validation: %s %s", v.getPropertyPath(), v.getMessage());
                return problem(500, "Internal error", "The server produced an invalid response; it has been logged.",
                        uri, List.of());
            }
            errors.add(new FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return problem(400, "Invalid input", ProblemException.invalid(errors).detail(), uri, errors);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path a client knows: without the Java method name, and without the parameter name unless the
     * parameter itself is at fault (a query parameter, or a missing body).
     */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // an element of a list or map carries its index or key on the node that follows the container
                    if (node.isInIterable() && !parts.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (position != null) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                        }
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        return parts.isEmpty() ? (parameter == null ? "body" : parameter) : String.join(".", parts);
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a text";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time with offset, e.g. 2026-03-01T09:00:00Z";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
