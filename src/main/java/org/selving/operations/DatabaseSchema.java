package org.selving.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Brings the schema up to date with the Flyway migrations, at start-up, and keeps trying while the
 * database cannot be reached: the application starts anyway (health says not ready, requests get 503),
 * migrates as soon as the database answers, then fires {@link SchemaReady}. Flyway's own migrate-at-start
 * would instead stop the start, and a deployment whose database starts later would never come up.
 * A migration that fails for any other reason (a broken script) still stops the start. Instances
 * starting together on one database take turns for the work that follows (a lock on {@code startup_lock}),
 * so that the first administrator and the sample are created once.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class);

    @Inject
    Flyway flyway;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile String waitingReason;

    /** Before every other start-up observer, so those that need the database find its schema. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        migrate();
        if (!ready.get()) {
            LOG.warnf("The database cannot be reached (%s): Selving starts anyway, answers 503 and reports itself not"
                    + " ready until it can; it retries every 5 seconds, then migrates it.", waitingReason);
        }
    }

    /** Does nothing once the schema is ready. */
    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        migrate();
    }

    /** Whether the schema is up to date: until then nothing else may touch the database. */
    public boolean ready() {
        return ready.get();
    }

    private synchronized void migrate() {
        if (ready.get()) {
            return;
        }
        try {
            int applied = flyway.migrate().migrationsExecuted;
            LOG.infof("Database schema is up to date at version %s%s", flyway.info().current().getVersion(),
                    applied == 0 ? "" : " (" + applied + " migration(s) applied)");
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            waitingReason = DatabaseUnavailable.reason(e);
            return;
        }
        if (waitingReason != null) {
            LOG.info("The database can be reached again");
        }
        ready.set(true);
        // instances starting together on one database do their start-up work one after the other
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement lock = connection.prepareStatement(
                            "SELECT id FROM startup_lock WHERE id = 1 FOR UPDATE")) {
                lock.executeQuery().close();
            } catch (SQLException e) {
                throw new IllegalStateException("Taking the start-up lock failed", e);
            }
            schemaReady.fire(new SchemaReady());
        });
    }

    /** Skips a scheduled task that needs the database while its schema is not ready. */
    @Singleton
    public static class IfNotReady implements Scheduled.SkipPredicate {

        @Inject
        DatabaseSchema schema;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !schema.ready();
        }
    }

    /** Readiness: down until the schema is up to date (the connection itself is Quarkus' own check). */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {

        @Inject
        DatabaseSchema schema;

        @Override
        public HealthCheckResponse call() {
            return schema.ready() ? HealthCheckResponse.up("Database schema")
                    : HealthCheckResponse.builder().name("Database schema").down()
                            .withData("waiting", "the database could not be reached to migrate it").build();
        }
    }
}
