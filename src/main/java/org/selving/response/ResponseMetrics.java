package org.selving.response;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * What the operator sees of answers at {@code /q/metrics}: responses accepted (by how they came in) and
 * refused (by why), and imported files. Deliberately not per assessment, unit or segment: when each
 * answer arrived, per group, is what the reports are built to hide (README, "Metrics").
 */
@Startup
@ApplicationScoped
class ResponseMetrics {

    static final String ACCEPTED = "selving.responses.accepted";
    static final String REFUSED = "selving.responses.refused";
    static final String IMPORTS = "selving.imports";

    /** Why a response was refused, as the status the client got says it. */
    private static final Map<Integer, String> REASONS = Map.of(400, "invalid", 403, "unusable_code", 409,
            "not_accepting", 429, "throttled", 503, "unavailable");

    @Inject
    MeterRegistry registry;

    private Counter withCode;
    private Counter byOpenLink;
    private final Map<String, Counter> refusals = new HashMap<>();
    private Counter importsStored;
    private Counter importsRefused;

    /** Registered at start, so that a scrape shows zeros rather than nothing before the first answer. */
    @PostConstruct
    void register() {
        withCode = Counter.builder(ACCEPTED).description("Responses stored").tag("via", "code").register(registry);
        byOpenLink = Counter.builder(ACCEPTED).description("Responses stored").tag("via", "open_link").register(registry);
        for (String reason : REASONS.values()) {
            refusals.put(reason, refused(reason));
        }
        refusals.put("other", refused("other"));
        importsStored = Counter.builder(IMPORTS).description("Files of answers imported or refused")
                .tag("outcome", "imported").register(registry);
        importsRefused = Counter.builder(IMPORTS).description("Files of answers imported or refused")
                .tag("outcome", "refused").register(registry);
    }

    private Counter refused(String reason) {
        return Counter.builder(REFUSED).description("Responses refused, nothing stored").tag("reason", reason)
                .register(registry);
    }

    void accepted(boolean code) {
        (code ? withCode : byOpenLink).increment();
    }

    /** @param status the HTTP status the client got */
    void refused(int status) {
        refusals.get(REASONS.getOrDefault(status, "other")).increment();
    }

    void imported(boolean stored) {
        (stored ? importsStored : importsRefused).increment();
    }
}
