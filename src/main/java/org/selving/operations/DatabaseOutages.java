package org.selving.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * What the log says while the database is away after start-up: one line when requests start failing
 * for it, one every ten seconds while they go on (how many were refused), and one when it can be reached
 * again; never one stack trace per request.
 */
@ApplicationScoped
public class DatabaseOutages {

    private static final Logger LOG = Logger.getLogger(DatabaseOutages.class);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_INTERVAL.toNanos() - 1);
    private final AtomicLong refusedSinceLogged = new AtomicLong();
    private final AtomicLong refusedInOutage = new AtomicLong();

    /** A request was answered 503 because the database could not be reached. */
    public void refused(String path, Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        long refused = refusedSinceLogged.incrementAndGet();
        boolean starts = refusedInOutage.getAndIncrement() == 0;
        if ((starts || now - last > LOG_INTERVAL.toNanos()) && lastLogged.compareAndSet(last, now)) {
            refusedSinceLogged.addAndGet(-refused);
            LOG.warnf("Database unavailable: %d request(s) answered 503%s (the latest %s): %s", refused,
                    starts ? "" : " in the last " + LOG_INTERVAL.toSeconds() + " s", path,
                    DatabaseUnavailable.reason(failure));
        }
    }

    /** While requests are being refused, looks whether the database answers again, to say so. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        if (refusedInOutage.get() == 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                LOG.infof("The database can be reached again; %d request(s) were answered 503 meanwhile",
                        refusedInOutage.getAndSet(0));
                refusedSinceLogged.set(0);
            }
        } catch (SQLException e) {
            // still away
        }
    }
}
