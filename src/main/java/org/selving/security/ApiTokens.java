package org.selving.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.selving.security.AuditLog.Action;
import org.selving.web.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Personal API tokens ({@code Authorization: Bearer slv_...}): for scripts and automation, which
 * should not keep a password. A token acts as its account with the same rights; only its hash is
 * stored, the token itself is shown once when it is created.
 */
@ApplicationScoped
public class ApiTokens {

    /** Marks the secret as a Selving token, so secret scanners and people recognise a leaked one. */
    static final String PREFIX = "slv_";

    @Inject
    AuditLog audit;

    /** A new token; the returned {@link IssuedToken#token()} is the only copy. */
    @Transactional
    public IssuedToken issue(long accountId, String name, Instant expiresAt) {
        String secret = PREFIX + Secrets.generate();
        ApiToken token = new ApiToken();
        token.tokenHash = Secrets.hash(secret);
        token.accountId = accountId;
        token.name = name.strip();
        token.createdAt = Instant.now();
        token.expiresAt = expiresAt;
        token.persist();
        audit.record(Action.API_TOKEN_CREATED, token.id, null, token.name);
        return new IssuedToken(TokenView.of(token), secret);
    }

    public List<TokenView> list(long accountId) {
        return ApiToken.<ApiToken>list("accountId = ?1 order by id", accountId).stream().map(TokenView::of).toList();
    }

    /** Revokes one of the account's own tokens; another account's token is reported as absent (404). */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        if (ApiToken.delete("id = ?1 and accountId = ?2", tokenId, accountId) == 0) {
            throw ProblemException.notFound("No API token " + tokenId + ".");
        }
        audit.record(Action.API_TOKEN_REVOKED, tokenId, null, null);
    }

    /** The account a live token acts for (not expired, account not locked), recording the day of use. */
    Optional<Caller> resolve(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ApiToken token = ApiToken.find("tokenHash", (Object) Secrets.hash(secret)).firstResult();
            Instant now = Instant.now();
            if (token == null || token.expiresAt != null && !now.isBefore(token.expiresAt)) {
                return Optional.empty();
            }
            Account account = Account.findById(token.accountId);
            if (account.isLocked(now)) {
                return Optional.empty();
            }
            LocalDate today = LocalDate.now();
            if (!today.equals(token.lastUsedOn)) {
                token.lastUsedOn = today;
            }
            return Optional.of(Caller.of(account, null));
        });
    }
}
