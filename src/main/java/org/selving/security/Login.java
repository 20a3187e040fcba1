package org.selving.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks sign-in attempts. An unknown email address, a wrong password and a locked account fail
 * alike, in about the same time (one bcrypt check each), so nothing tells an outsider which
 * addresses have accounts. After {@code selving.login.max-failures} consecutive failures the account
 * is locked for {@code selving.login.lockout}; attempts on one account are checked one at a time, so
 * guessing in parallel gains nothing.
 */
@ApplicationScoped
public class Login {

    /** What a refused sign-in is told through the API, whatever the reason (the page says it in the reader's language). */
    static final String REFUSAL = "The email address or the password is wrong, or the account is locked.";

    @Inject
    Passwords passwords;

    @ConfigProperty(name = "selving.login.max-failures")
    int maxFailures;

    @ConfigProperty(name = "selving.login.lockout")
    Duration lockout;

    /** The account these credentials open, or empty (unknown, wrong password or locked: deliberately one case). */
    @Transactional
    public Optional<Account> check(String email, String password) {
        Account account = Account.<Account>find("email", Emails.normalize(email))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        Instant now = Instant.now();
        if (account == null || account.isLocked(now)) {
            passwords.verifyNothing(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, account.passwordHash)) {
            account.failedLogins++;
            if (account.failedLogins >= maxFailures) {
                account.lockedUntil = now.plus(lockout);
                account.failedLogins = 0;
            }
            return Optional.empty();
        }
        account.failedLogins = 0;
        account.lockedUntil = null;
        return Optional.of(account);
    }
}
