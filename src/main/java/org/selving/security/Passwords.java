package org.selving.security;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selving.web.ProblemException;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Passwords are kept as bcrypt hashes (salted, deliberately slow; the cost is
 * {@code selving.security.bcrypt-cost}). Checking a sign-in for an unknown email address costs the
 * same as for a known one ({@link #verifyNothing}), so timing does not tell which addresses have an account.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes: a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    /** A hash of a random secret, checked when there is no account to check against. */
    private final String decoy;

    Passwords(@ConfigProperty(name = "selving.security.bcrypt-cost") int cost) {
        this.cost = cost;
        this.decoy = BcryptUtil.bcryptHash(Secrets.generate(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    /** Spends the time of a real check, for a sign-in that fails anyway (unknown or locked account). */
    public void verifyNothing(String password) {
        BcryptUtil.matches(password == null ? "" : password, decoy);
    }

    /** @throws ProblemException 400 naming {@code field} when the password is too short or too long */
    public static void checkStrength(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw ProblemException.invalid(field, "at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalid(field, "at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
        }
    }
}
