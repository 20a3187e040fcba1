package org.selving.operations;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database connection (server down, restarting, unreachable, pool exhausted
 * while it is) from a failure of ours: the first gets a 503 and a retry, the second a 500 and a stack
 * trace. Judged by SQLSTATE, which PostgreSQL and H2 share for these: class 08 (connection exception),
 * 57P01-57P03 (server shutting down, crashed, not yet accepting connections), and by the pool's own
 * timeout when no connection can be made in time.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or something it was caused by, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // Agroal: "Acquisition timeout while waiting for new connection", without a state
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().startsWith("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** What the failure says, for a log line: the innermost message. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
