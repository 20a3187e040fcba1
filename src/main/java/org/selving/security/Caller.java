package org.selving.security;

/**
 * The account behind a request, as the authentication mechanism found it (a session or an API token);
 * attached to the {@link io.quarkus.security.identity.SecurityIdentity} as {@link #ATTRIBUTE}.
 *
 * @param organizationId a manager's organization, {@code null} for the other roles
 * @param unitId         a manager limited to this unit and everything below it, else {@code null}
 * @param sessionId      the session the request came with, {@code null} when it came with an API token
 */
public record Caller(long accountId, String email, String displayName, Role role, Long organizationId, Long unitId,
        Long sessionId) {

    public static final String ATTRIBUTE = "selving.caller";

    static Caller of(Account account, Long sessionId) {
        return new Caller(account.id, account.email, account.displayName, account.role, account.organizationId,
                account.unitId, sessionId);
    }
}
