package org.selving.response;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;

/**
 * Makes committed responses durable before they are acknowledged, on the embedded H2 database.
 * H2 keeps a commit in memory and writes it within {@code WRITE_DELAY} (0.5 s) without ever forcing it
 * to the device, so a crash can lose acknowledged answers. Here a thread that committed calls
 * {@link #await()}: one of the waiting threads runs {@code CHECKPOINT SYNC} (write and fsync), and
 * every commit made before that sync started is released by it. Under load one sync covers many
 * responses (group commit), so durability costs little throughput. PostgreSQL makes each commit
 * durable itself, and an in-memory H2 has no disk: then this does nothing.
 */
@ApplicationScoped
public class DurableCommit {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private boolean enabled;
    private final Object lock = new Object();
    /** Commits that asked to be made durable, numbered in the order they asked. */
    private long requested;
    /** Every commit numbered up to this one is on disk. */
    private long synced;
    private boolean syncing;

    @PostConstruct
    void detectDatabase() {
        enabled = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    /** Returns once everything this thread has committed is on disk. Call it outside any transaction. */
    public void await() {
        if (!enabled) {
            return;
        }
        long ticket;
        synchronized (lock) {
            ticket = ++requested;
        }
        while (true) {
            long covers;
            synchronized (lock) {
                while (syncing && synced < ticket) {
                    waitForSync();
                }
                if (synced >= ticket) {
                    return;
                }
                syncing = true;
                covers = requested;
            }
            boolean done = false;
            try {
                sync();
                done = true;
            } finally {
                synchronized (lock) {
                    syncing = false;
                    if (done) {
                        synced = Math.max(synced, covers);
                    }
                    lock.notifyAll();
                }
            }
        }
    }

    private void waitForSync() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the disk", e);
        }
    }

    private void sync() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException("Forcing committed responses to disk failed", e);
        }
    }
}
