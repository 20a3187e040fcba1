package org.selving.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits API request bodies by kind: JSON bodies are a few kilobytes (a response with its comments),
 * uploaded files (CSV imports) may use the whole {@code quarkus.http.limits.max-body-size}, participant
 * lists (JSON or CSV) {@code selving.invitations.max-list-size}.
 * A body declared too large gets a problem+json 413 before Quarkus' own check would answer with an
 * empty one; a chunked body is cut at the same limit by Quarkus while it is read (plain 413).
 */
@ApplicationScoped
public class RequestSizeLimit {

    /** Quarkus' body size check runs at route order -2 and stores its limit under this key for the readers. */
    private static final int QUARKUS_CHECK_ORDER = -2;
    private static final String READ_LIMIT_KEY = "io.quarkus.max-request-size";

    @ConfigProperty(name = "selving.api.max-json-size")
    MemorySize maxJsonSize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /** Participant lists (JSON or CSV) hold many more people than any other JSON body holds things. */
    @ConfigProperty(name = "selving.invitations.max-list-size")
    MemorySize maxListSize;

    private static final java.util.regex.Pattern PARTICIPANT_LIST = java.util.regex.Pattern.compile(
            "/api/assessments/[^/]+/participants/?");

    private long jsonLimit;
    private long fileLimit;
    private long listLimit;

    void install(@Observes Router router) {
        jsonLimit = maxJsonSize.asLongValue();
        fileLimit = maxBodySize.asLongValue();
        listLimit = Math.min(maxListSize.asLongValue(), fileLimit);
        router.route("/api/*").order(QUARKUS_CHECK_ORDER - 1).handler(this::refuseDeclaredOversize);
        router.route("/api/*").order(QUARKUS_CHECK_ORDER + 1).handler(this::limitReading);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        long limit = limitFor(context);
        long declared = declaredLength(context.request().getHeader("Content-Length"));
        if (declared > limit) {
            Problem problem = new Problem("about:blank", "Payload too large", 413,
                    "The body has " + declared + " bytes; at most " + limit + " are accepted here.",
                    context.request().path(), List.of(new FieldError("body", "larger than " + limit + " bytes")));
            context.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
            return;
        }
        context.next();
    }

    private void limitReading(RoutingContext context) {
        context.put(READ_LIMIT_KEY, limitFor(context));
        context.next();
    }

    /** The Content-Length a client declared, -1 when it declared none (or nonsense, which Vert.x refuses). */
    private static long declaredLength(String header) {
        if (header == null || header.isEmpty() || header.length() > 18) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            length = length * 10 + (c - '0');
        }
        return length;
    }

    private long limitFor(RoutingContext context) {
        if (PARTICIPANT_LIST.matcher(context.request().path()).matches()) {
            return listLimit;
        }
        String type = context.request().getHeader("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).contains("json") ? jsonLimit : fileLimit;
    }
}
