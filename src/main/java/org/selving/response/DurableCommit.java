package org.selving.response;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;

/**
 * Makes committed responses durable before they are acknowledged, on the embedded H2 database.
 * H2 keeps a commit in memory and writes it within {@code WRITE_DELAY} (0.5 s) without ever forcing it
 * to the device, so a crash can lose acknowledged answers. Here a thread that committed calls
 * {@link #await()}, and one syncing thread runs {@code CHECKPOINT SYNC} (write, then fsync) for everyone
 * who asked since it last started one: a single sync covers many responses under load (group commit).
 * PostgreSQL makes each commit durable itself, and an in-memory H2 has no disk: then this does nothing,
 * as it does when {@code selving.h2.durable-commit} is false (which exists to measure what durability costs).
 */
@ApplicationScoped
public class DurableCommit {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "selving.h2.durable-commit")
    boolean wanted;

    private final Object lock = new Object();
    /** Completes when a sync that starts after this moment has finished. */
    private CompletableFuture<Void> nextSync = new CompletableFuture<>();
    private boolean requested;
    private Thread syncer;

    @PostConstruct
    void startSyncing() {
        if (wanted && jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:")) {
            syncer = new Thread(this::syncWhenAsked, "h2-durable-commit");
            syncer.setDaemon(true);
            syncer.start();
        }
    }

    @PreDestroy
    void stopSyncing() {
        if (syncer != null) {
            syncer.interrupt();
        }
    }

    /** Returns once everything this thread has committed is on disk. Call it after the transaction. */
    public void await() {
        if (syncer == null) {
            return;
        }
        CompletableFuture<Void> sync;
        synchronized (lock) {
            sync = nextSync;
            requested = true;
            lock.notifyAll();
        }
        try {
            sync.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Forcing committed responses to disk failed", e.getCause());
        }
    }

    private void syncWhenAsked() {
        while (!Thread.currentThread().isInterrupted()) {
            CompletableFuture<Void> sync;
            synchronized (lock) {
                while (!requested) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                // everyone who holds this future committed before now, so the sync below covers them
                sync = nextSync;
                nextSync = new CompletableFuture<>();
                requested = false;
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
                sync.complete(null);
            } catch (SQLException | RuntimeException e) {
                sync.completeExceptionally(e);
            }
        }
    }
}
