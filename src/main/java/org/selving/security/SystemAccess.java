package org.selving.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Runs a task of the application itself (at start-up: the first administrator, the sample
 * organization) with access to every organization. It refuses to run while an HTTP request is being
 * handled, so no caller's request can ever be lifted to it; outside requests it uses the request
 * context that is active (start-up has one) or one of its own.
 */
@ApplicationScoped
public class SystemAccess {

    public void run(Runnable task) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean own = !requestContext.isActive();
        if (own) {
            requestContext.activate();
        } else if (Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null) {
            throw new IllegalStateException("System tasks never run on behalf of an HTTP request");
        }
        try {
            Arc.container().instance(AccessScope.class).get().enterSystem();
            task.run();
        } finally {
            if (own) {
                requestContext.terminate();
            }
        }
    }
}
