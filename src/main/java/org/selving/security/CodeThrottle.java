package org.selving.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selving.web.ProblemException;

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
 * Kept in memory only, and without addresses: a client is known by a keyed hash of its address (its
 * /64 network for IPv6, which one device gets whole), under a key that is never stored and changes at
 * every start; a client that has its attempts back is forgotten within a minute. Nothing of it ever
 * touches the responses. Behind a proxy, the client's address is what Quarkus' {@code quarkus.http.proxy.*}
 * settings make of the forwarding headers.
 */
@ApplicationScoped
public class CodeThrottle {

    /** A client's attempts: {@code tokens} left at {@code at} (System.nanoTime), growing back with time. */
    private record Bucket(double tokens, long at) {
    }

    private final byte[] key = new byte[32];
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ConfigProperty(name = "selving.code-throttle.attempts")
    int attempts;

    @ConfigProperty(name = "selving.code-throttle.refill")
    Duration refill;

    @Inject
    HttpServerRequest request;

    CodeThrottle() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * Call before looking a code up.
     *
     * @throws ProblemException 429 on the field {@code code} while this client has no attempt left
     */
    public void check() {
        Bucket bucket = buckets.get(client());
        if (bucket == null) {
            return;
        }
        double available = available(bucket, System.nanoTime());
        if (available < 1) {
            Duration wait = Duration.ofNanos((long) Math.ceil((1 - available) * refill.toNanos()));
            throw ProblemException.tooManyRequests("code", "Too many codes that cannot be used were entered from"
                    + " this connection; try again in " + ((wait.toSeconds() + 59) / 60) + " minute(s).", wait);
        }
    }

    /** Counts a code that could not be used (unknown, used, or malformed) against this client. */
    public void failed() {
        long now = System.nanoTime();
        buckets.compute(client(), (client, bucket) -> new Bucket(
                Math.max(-attempts, (bucket == null ? attempts : available(bucket, now)) - 1), now));
    }

    /** Forgets the clients that have all their attempts back. */
    @Scheduled(every = "1m", delayed = "1m")
    void forgetRecovered() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> available(bucket, now) >= attempts);
    }

    private double available(Bucket bucket, long now) {
        return Math.min(attempts, bucket.tokens() + (double) (now - bucket.at()) / refill.toNanos());
    }

    private String client() {
        SocketAddress address = request.remoteAddress();
        byte[] network = address == null || address.hostAddress() == null ? new byte[0] : network(address.hostAddress());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(Arrays.copyOf(mac.doFinal(network), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
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
