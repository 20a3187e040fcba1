package org.selving.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.selving.operations.DatabaseSchema;
import org.selving.response.DurableCommit;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the outbox at a steady pace ({@code selving.invitations.mails-per-minute}), mails of open
 * assessments within their window only; a mail waits while its assessment is a draft or not open yet,
 * and is cancelled once it takes no more answers.
 * <p>
 * <b>At least once.</b> Each mail is its own transaction: its row is marked SENT, the mail is handed to
 * the SMTP server, then the transaction commits, and the next mail waits until that commit is on disk
 * (response.DurableCommit). A crash before the commit (even after the server took
 * the mail) rolls the mark back and the mail goes again on the next start: it is never lost. A crash
 * after the commit cannot send it again. The one case of a duplicate is the moment between the SMTP
 * server's acceptance and the commit; the copy has the same Message-ID, so mail programs can tell it
 * is the same mail. At most once would instead lose that mail, and a lost invitation is a person who
 * cannot answer, where a duplicate is the same code twice. A mail the server refuses is tried again
 * later ({@code retry-after}, doubling), and counted as failed after {@code max-attempts}; one that does
 * not answer within {@code send-timeout} counts as refusing (if it took the mail after all, it gets it
 * again: at least once).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InvitationMails mails;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MeterRegistry registry;

    @Inject
    DurableCommit durableCommit;

    @ConfigProperty(name = "selving.invitations.mails-per-minute")
    int mailsPerMinute;

    @ConfigProperty(name = "selving.invitations.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "selving.invitations.retry-after")
    Duration retryAfter;

    /** A server that stops answering in the middle of a mail must not stop all sending. */
    @ConfigProperty(name = "selving.invitations.send-timeout")
    Duration sendTimeout;

    /** Mails that may go now: refilled with time, at most a second's worth (or one) saved up. */
    private double allowance;
    private long lastRefill = System.nanoTime();

    @Scheduled(every = "${selving.invitations.send-every}", delayed = "${selving.invitations.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DatabaseSchema.IfNotReady.class)
    void sendDue() {
        cancelUnsendable();
        long now = System.nanoTime();
        double perSecond = mailsPerMinute / 60.0;
        allowance = Math.min(Math.max(1, perSecond), allowance + (now - lastRefill) / 1e9 * perSecond);
        lastRefill = now;
        if (allowance < 1) {
            return;
        }
        for (long id : due((int) allowance)) {
            allowance--;
            if (!send(id)) {
                return; // the server refuses: the rest waits for the next round
            }
        }
    }

    /** Sends one mail; false when the SMTP server would not take it. */
    boolean send(long outboxId) {
        Optional<MailKind> sent;
        try {
            sent = QuarkusTransaction.requiringNew().call(() -> {
                if (update("UPDATE mail_outbox SET state = 'SENT', sent_at = ?, attempts = attempts + 1"
                        + " WHERE id = ? AND state = 'PENDING'", Instant.now(), outboxId) == 0) {
                    return Optional.<MailKind>empty();
                }
                InvitationMails.Addressed to = mails.addressed(outboxId).orElse(null);
                if (to == null) {
                    return Optional.<MailKind>empty();
                }
                if (to.kind() == MailKind.REMINDER && (to.unsubscribed() || !to.codeUnused())) {
                    // answered (or asked for no more) since the reminder was queued: it is not sent
                    update("UPDATE mail_outbox SET state = 'CANCELLED', sent_at = NULL WHERE id = ?", null, outboxId);
                    return Optional.<MailKind>empty();
                }
                mailer.send(mails.compose(to)).await().atMost(sendTimeout);
                return Optional.of(to.kind());
            });
        } catch (RuntimeException refused) {
            LOG.warnf("Mail %d could not be sent: %s", outboxId, refused.getMessage());
            QuarkusTransaction.requiringNew().run(() -> failed(outboxId, refused));
            return false;
        }
        // H2 keeps a commit in memory for up to half a second: a mark lost in a crash would send the mail again
        durableCommit.await();
        sent.ifPresent(kind -> registry.counter("selving.mail.sent", "kind", kind.tag()).increment());
        return true;
    }

    private void failed(long outboxId, RuntimeException refused) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT attempts FROM mail_outbox WHERE id = ? AND state = 'PENDING'")) {
            select.setLong(1, outboxId);
            int attempts;
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                attempts = row.getInt(1) + 1;
            }
            Duration wait = retryAfter.multipliedBy(1L << Math.min(attempts - 1, 10));
            String message = String.valueOf(refused.getMessage());
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE mail_outbox SET attempts = ?, not_before = ?, last_error = ?, state = ? WHERE id = ?""")) {
                update.setInt(1, attempts);
                update.setTimestamp(2, Timestamp.from(Instant.now().plus(wait)));
                update.setString(3, message.length() > 500 ? message.substring(0, 500) : message);
                update.setString(4, attempts >= maxAttempts ? "FAILED" : "PENDING");
                update.setLong(5, outboxId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a failed mail failed", e);
        }
    }

    /** Up to {@code limit} mails that may go now, oldest first. */
    private List<Long> due(int limit) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT o.id FROM mail_outbox o JOIN assessment a ON a.id = o.assessment_id
                        WHERE o.state = 'PENDING' AND o.not_before <= ? AND a.status = 'OPEN'
                          AND (a.opens_at IS NULL OR a.opens_at <= ?) AND (a.closes_at IS NULL OR a.closes_at > ?)
                        ORDER BY o.id FETCH FIRST ? ROWS ONLY""")) {
            select.setTimestamp(1, now);
            select.setTimestamp(2, now);
            select.setTimestamp(3, now);
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outbox failed", e);
        }
        return ids;
    }

    /** Mails of assessments that take no more answers (closed, or their window is over) will never be sent. */
    private void cancelUnsendable() {
        QuarkusTransaction.requiringNew().run(() -> update("""
                UPDATE mail_outbox SET state = 'CANCELLED' WHERE state = 'PENDING' AND assessment_id IN
                (SELECT id FROM assessment WHERE status = 'CLOSED' OR closes_at <= ?)""", Instant.now(), null));
    }

    /** Runs an update with an optional time and an optional id, in that order. */
    private int update(String sql, Instant time, Long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            int p = 1;
            if (time != null) {
                update.setTimestamp(p++, Timestamp.from(time));
            }
            if (id != null) {
                update.setLong(p, id);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Updating the outbox failed: " + sql, e);
        }
    }
}
