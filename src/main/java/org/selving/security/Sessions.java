package org.selving.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selving.operations.DatabaseSchema;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Server-side sessions: a random secret in the browser's cookie, its hash here, an absolute lifetime
 * ({@code selving.session.lifetime}) and an idle timeout ({@code selving.session.idle-timeout}).
 * Signing in always starts a new session (the secret a client brings is never adopted, so it cannot be
 * fixed in advance), and signing out deletes it.
 */
@ApplicationScoped
public class Sessions {

    /** Activity is recorded at most this often, so reading pages does not mean writing the database each time. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @ConfigProperty(name = "selving.session.lifetime")
    Duration lifetime;

    @ConfigProperty(name = "selving.session.idle-timeout")
    Duration idleTimeout;

    /**
     * Starts a session for the account and ends the one the client came with, if any.
     *
     * @param presented the session secret the request carried, or {@code null}
     * @return the new secret, for the cookie; it is not stored anywhere
     */
    @Transactional
    public String start(long accountId, String presented) {
        if (presented != null) {
            end(presented);
        }
        String secret = Secrets.generate();
        Instant now = Instant.now();
        LoginSession session = new LoginSession();
        session.tokenHash = Secrets.hash(secret);
        session.accountId = accountId;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(lifetime);
        session.persist();
        return secret;
    }

    /** The account of a live session (not expired, not idle too long, account not locked), recording the activity. */
    Optional<Caller> resolve(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginSession session = LoginSession.find("tokenHash", (Object) Secrets.hash(secret)).firstResult();
            if (session == null) {
                return Optional.empty();
            }
            Instant now = Instant.now();
            if (!now.isBefore(session.expiresAt) || !now.isBefore(session.lastSeenAt.plus(idleTimeout))) {
                session.delete();
                return Optional.empty();
            }
            Account account = Account.findById(session.accountId);
            if (account.isLocked(now)) {
                return Optional.empty();
            }
            if (now.isAfter(session.lastSeenAt.plus(TOUCH_INTERVAL))) {
                session.lastSeenAt = now;
            }
            return Optional.of(Caller.of(account, session.id));
        });
    }

    /** Signs out: the session is deleted, so its cookie opens nothing any more. */
    @Transactional
    public void end(String secret) {
        LoginSession.delete("tokenHash", (Object) Secrets.hash(secret));
    }

    /** Ends every session of the account (locked, password reset, deleted). */
    @Transactional
    public void endAll(long accountId) {
        LoginSession.delete("accountId", accountId);
    }

    /** Ends the account's other sessions, e.g. after it changed its own password. */
    @Transactional
    public void endOthers(long accountId, long keptSessionId) {
        LoginSession.delete("accountId = ?1 and id <> ?2", accountId, keptSessionId);
    }

    @Scheduled(every = "10m", delayed = "1m", skipExecutionIf = DatabaseSchema.IfNotReady.class)
    @Transactional
    void deleteExpired() {
        Instant now = Instant.now();
        LoginSession.delete("expiresAt <= ?1 or lastSeenAt <= ?2", now, now.minus(idleTimeout));
    }
}
