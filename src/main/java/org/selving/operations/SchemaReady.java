package org.selving.operations;

/**
 * Fired once the database schema is up to date, at start-up or, when the database could not be reached
 * then, as soon as it can: start-up work that needs the database observes this, not {@code StartupEvent}.
 */
public record SchemaReady() {
}
