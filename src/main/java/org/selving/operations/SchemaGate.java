package org.selving.operations;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.selving.web.ProblemException;
import org.selving.web.ProblemMappers;

/**
 * Until the database schema is up to date (the database could not be reached at start-up, see
 * {@link DatabaseSchema}), every request of the API and the pages gets a 503, as a problem or an error
 * page, rather than failing on tables that are not there yet.
 */
public class SchemaGate {

    @Inject
    DatabaseSchema schema;

    @ServerRequestFilter
    public void refuseUntilReady() {
        if (!schema.ready()) {
            throw ProblemException.unavailable(ProblemMappers.RETRY_WHEN_UNAVAILABLE);
        }
    }
}
