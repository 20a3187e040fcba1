package org.selving.security;

import java.time.Instant;
import java.time.LocalDate;

/** An API token as its owner sees it listed: never the token itself. */
public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, LocalDate lastUsedOn) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedOn);
    }
}
