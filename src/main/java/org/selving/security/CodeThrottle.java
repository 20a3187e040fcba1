package org.selving.security;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selving.operations.DatabaseSchema;
import org.selving.web.ProblemException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import io.netty.util.NetUtil;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Slows down the guessing of access codes: each client may enter {@code selving.code-throttle.attempts}
 * codes that cannot be used (unknown or used alike), then gets one more attempt per
 * {@code selving.code-throttle.refill}; until then every code it enters, good or bad, is refused with
 * 429 without being looked up, so being refused tells nothing about the code. Codes that work cost
 * nothing.
 * <p>
 * Kept in the database ({@code code_throttle}), so that every instance on it counts a client's attempts
 * together, and without addresses: a client is known by a keyed hash of its address (its /64 network for
 * IPv6, which one device gets whole). The key is shared by the instances through the database and
 * replaced every {@code selving.code-throttle.key-lifetime}; an old key is deleted, so nobody can later
 * tell whose a hash was. A client that has its attempts back is forgotten within a minute. Nothing of it
 * ever touches the responses. Behind a proxy, the client's address is what Quarkus'
 * {@code quarkus.http.proxy.*} settings make of the forwarding headers.
 */
@ApplicationScoped
public class CodeThrottle {

    /** A current key, drawn by whichever instance first needed it. */
    private record Key(long period, byte[] secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** SQLSTATE of a unique constraint violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @ConfigProperty(name = "selving.code-throttle.attempts")
    int attempts;

    @ConfigProperty(name = "selving.code-throttle.refill")
    Duration refill;

    @ConfigProperty(name = "selving.code-throttle.key-lifetime")
    Duration keyLifetime;

    @Inject
    HttpServerRequest request;

    @Inject
    AgroalDataSource dataSource;

    private volatile Key key;

    /**
     * Call before looking a code up.
     *
     * @throws ProblemException 429 on the field {@code code} while this client has no attempt left
     */
    public void check() {
        long now = System.currentTimeMillis();
        double available;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT tokens, updated_ms FROM code_throttle WHERE client = ?")) {
            select.setBytes(1, client(now));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                available = available(row.getDouble(1), row.getLong(2), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the code throttle failed", e);
        }
        if (available < 1) {
            Duration wait = Duration.ofMillis((long) Math.ceil((1 - available) * refill.toMillis()));
            throw ProblemException.tooManyRequests("code", "Too many codes that cannot be used were entered from"
                    + " this connection; try again in " + ((wait.toSeconds() + 59) / 60) + " minute(s).", wait);
        }
    }

    /**
     * Counts a code that could not be used (unknown, used, or malformed) against this client, in a
     * transaction of its own: it counts even when the caller's is rolled back.
     */
    public void failed() {
        long now = System.currentTimeMillis();
        byte[] client = client(now);
        try {
            QuarkusTransaction.requiringNew().run(() -> count(client, now));
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                throw e;
            }
            // another instance counted this client's first failure at the same moment: count on its row
            QuarkusTransaction.requiringNew().run(() -> count(client, now));
        }
    }

    private void count(byte[] client, long now) {
        try (Connection connection = dataSource.getConnection();
                // one statement, so that two instances counting the same client at once both count
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE code_throttle SET updated_ms = ?, tokens = GREATEST(?, LEAST(?, tokens
                            + CAST(? - updated_ms AS DOUBLE PRECISION) / ?) - 1) WHERE client = ?""");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO code_throttle (client, tokens, updated_ms) VALUES (?, ?, ?)")) {
            update.setLong(1, now);
            update.setDouble(2, -attempts);
            update.setDouble(3, attempts);
            update.setLong(4, now);
            update.setDouble(5, refill.toMillis());
            update.setBytes(6, client);
            if (update.executeUpdate() == 0) {
                insert.setBytes(1, client);
                insert.setDouble(2, attempts - 1);
                insert.setLong(3, now);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording an unusable code failed", e);
        }
    }

    /** Forgets the clients that have all their attempts back, and keys of periods that are over. */
    @Scheduled(every = "1m", delayed = "1m", skipExecutionIf = DatabaseSchema.IfNotReady.class)
    void forgetRecovered() {
        long now = System.currentTimeMillis();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement clients = connection.prepareStatement(
                            "DELETE FROM code_throttle WHERE updated_ms < ?");
                    PreparedStatement keys = connection.prepareStatement(
                            "DELETE FROM code_throttle_key WHERE period < ?")) {
                clients.setLong(1, now - attempts * refill.toMillis());
                clients.executeUpdate();
                keys.setLong(1, now / keyLifetime.toMillis());
                keys.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Forgetting recovered clients failed", e);
            }
        });
    }

    private double available(double tokens, long updatedMs, long now) {
        return Math.min(attempts, tokens + (double) (now - updatedMs) / refill.toMillis());
    }

    private byte[] client(long now) {
        SocketAddress address = request.remoteAddress();
        byte[] network = address == null || address.hostAddress() == null ? new byte[0] : network(address.hostAddress());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(now / keyLifetime.toMillis()), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(network), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The key of the period: read from the database, or drawn and stored by the first instance to need it. */
    private byte[] key(long period) {
        Key current = key;
        if (current != null && current.period() == period) {
            return current.secret();
        }
        byte[] secret = QuarkusTransaction.requiringNew().call(() -> storedKey(period));
        if (secret == null) {
            byte[] drawn = new byte[32];
            RANDOM.nextBytes(drawn);
            try {
                QuarkusTransaction.requiringNew().run(() -> storeKey(period, drawn));
                secret = drawn;
            } catch (RuntimeException e) {
                // another instance stored one at the same moment: that one is the key
                secret = QuarkusTransaction.requiringNew().call(() -> storedKey(period));
                if (secret == null) {
                    throw e;
                }
            }
        }
        key = new Key(period, secret);
        return secret;
    }

    private byte[] storedKey(long period) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT secret FROM code_throttle_key WHERE period = ?")) {
            select.setLong(1, period);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the code throttle's key failed", e);
        }
    }

    private void storeKey(long period, byte[] secret) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO code_throttle_key (period, secret) VALUES (?, ?)")) {
            insert.setLong(1, period);
            insert.setBytes(2, secret);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the code throttle's key failed", e);
        }
    }

    /** The address's bytes; for IPv6 only the /64 network. */
    private static byte[] network(String host) {
        // parsed as a numeric address, never looked up
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) {
            return host.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length == 4) {
            return bytes;
        }
        return isMappedIpv4(bytes) ? Arrays.copyOfRange(bytes, 12, 16) : Arrays.copyOf(bytes, 8);
    }

    /** {@code ::ffff:a.b.c.d}, how a dual-stack server may see an IPv4 client. */
    private static boolean isMappedIpv4(byte[] ipv6) {
        for (int i = 0; i < 10; i++) {
            if (ipv6[i] != 0) {
                return false;
            }
        }
        return ipv6[10] == (byte) 0xff && ipv6[11] == (byte) 0xff;
    }
}
