package org.selving.response;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.selving.assessment.AccessCodeService;
import org.selving.assessment.CodeHolder;

import io.agroal.api.AgroalDataSource;

/**
 * Stores the answers of concurrent requests together: one writing thread takes every response that
 * arrived while it wrote the previous ones and stores them in one transaction (codes spent, responses
 * and comments inserted), with one commit. A commit is what a database pays most for per answer (a
 * flush of its log to disk on PostgreSQL), so under load many answers share one. Each request returns
 * only once its transaction has committed, and a code is still spent only with its answers stored.
 * Under light load a batch is a single response, as before. Answers given against a {@link Claim} (a
 * live workshop phone's place in its round) take it in the same transaction.
 * <p>
 * When one batch cannot be stored because of one of its responses (a code spent at the same moment by
 * another instance, a comment id drawn twice), each response is stored again on its own, so only that
 * one is refused. When the database is away, every request of the batch fails, and none is acknowledged.
 */
@ApplicationScoped
public class ResponseWriter {

    /** What became of a response. */
    public enum Outcome {
        STORED,
        /**
         * Its code or claim was already spent (possibly in the same batch, or just now by another instance),
         * or the claim could not be taken: nothing stored.
         */
        REFUSED
    }

    /** More than this many waiting responses are stored in the next batch. */
    private static final int MAX_BATCH = 512;
    /** SQLSTATE of a unique constraint violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** A request waiting: a response with its code, a claim, both or neither; a claim may carry all there is to store. */
    private record Pending(StoredResponse response, CodeHolder code, Claim claim, CompletableFuture<Outcome> outcome) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResponseStore store;

    @Inject
    AccessCodeService codes;

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread writer;

    @PostConstruct
    void startWriting() {
        writer = new Thread(this::writeWhenAsked, "response-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @PreDestroy
    void stopWriting() {
        writer.interrupt();
    }

    /**
     * Stores the response, spending the code if there is one; returns once it is committed.
     *
     * @throws IllegalStateException when it could not be stored (the database is away...): nothing was
     */
    public Outcome write(StoredResponse response, CodeHolder code) {
        return enqueue(new Pending(response, code, null, new CompletableFuture<>()));
    }

    /**
     * Takes the claim and, if it could be taken, stores the response with it; returns once committed.
     *
     * @param response {@code null} when the claim stores all there is (a live room's aims, kept apart)
     * @throws IllegalStateException when it could not be stored (the database is away...): nothing was
     */
    public Outcome write(StoredResponse response, Claim claim) {
        return enqueue(new Pending(response, null, claim, new CompletableFuture<>()));
    }

    private Outcome enqueue(Pending pending) {
        CompletableFuture<Outcome> outcome = pending.outcome();
        queue.add(pending);
        try {
            return outcome.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("Storing a response failed", e.getCause());
        }
    }

    private void writeWhenAsked() {
        List<Pending> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                write(batch);
            } catch (SQLException | RuntimeException e) {
                if (batch.size() > 1 && isConflict(e)) {
                    batch.forEach(this::writeAlone);
                } else {
                    IllegalStateException failure = new IllegalStateException("Storing responses failed", e);
                    batch.forEach(pending -> pending.outcome().completeExceptionally(failure));
                }
            } catch (Error e) {
                batch.forEach(pending -> pending.outcome().completeExceptionally(e));
                throw e;
            }
            batch.clear();
        }
    }

    /**
     * Stores one response of a batch that failed on a conflict, in a transaction of its own; once more if
     * it fails again on one: its code was spent by another instance meanwhile (then refused as used) or
     * its comment drew an id already taken (then stored under another).
     */
    private void writeAlone(Pending pending) {
        for (int attempt = 1; ; attempt++) {
            try {
                write(List.of(pending));
                return;
            } catch (SQLException | RuntimeException e) {
                if (attempt == 2 || !isConflict(e)) {
                    pending.outcome().completeExceptionally(new IllegalStateException("Storing a response failed", e));
                    return;
                }
            }
        }
    }

    /** Stores the batch in one transaction; completes each request's outcome once it has committed. */
    private void write(List<Pending> batch) throws SQLException {
        List<CodeHolder> spending = new ArrayList<>();
        for (Pending pending : batch) {
            if (pending.code() != null) {
                spending.add(pending.code());
            }
        }
        boolean[] stored = new boolean[batch.size()];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean[] spent = spending.isEmpty() ? new boolean[0] : codes.spend(connection, spending);
                for (int i = 0, withCode = 0; i < batch.size(); i++) {
                    stored[i] = batch.get(i).code() == null || spent[withCode++];
                }
                takeClaims(connection, batch, stored);
                List<StoredResponse> responses = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    if (stored[i] && batch.get(i).response() != null) {
                        responses.add(batch.get(i).response());
                    }
                }
                store.insert(connection, responses);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection);
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(stored[i] ? Outcome.STORED : Outcome.REFUSED);
        }
    }

    /** Takes the batch's claims in their lock order; a request whose claim cannot be taken is not stored. */
    private static void takeClaims(Connection connection, List<Pending> batch, boolean[] stored) throws SQLException {
        List<Integer> claiming = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).claim() != null && stored[i]) {
                claiming.add(i);
            }
        }
        claiming.sort(Comparator.comparingLong(i -> batch.get(i).claim().lockOrder()));
        for (int i : claiming) {
            stored[i] = batch.get(i).claim().take(connection);
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // a broken connection, which the pool discards
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * A unique key taken (a comment id drawn twice) or, on H2, a code spent by another transaction at the
     * same moment: storing the responses one by one sorts out which one it was.
     */
    private static boolean isConflict(Throwable failure) {
        if (AccessCodeService.spentConcurrently(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
