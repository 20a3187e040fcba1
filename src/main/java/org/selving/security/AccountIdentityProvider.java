package org.selving.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a session secret or an API token into the identity Quarkus Security works with: the account's
 * email as principal, its role, and the {@link Caller} as an attribute for {@link AccessScope}.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<CredentialRequest> {

    @Inject
    Sessions sessions;

    @Inject
    ApiTokens tokens;

    @Override
    public Class<CredentialRequest> getRequestType() {
        return CredentialRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CredentialRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<Caller> caller = request.kind == CredentialRequest.Kind.SESSION ? sessions.resolve(request.secret)
                    : tokens.resolve(request.secret);
            return caller.map(AccountIdentityProvider::identity).orElseThrow(AuthenticationFailedException::new);
        });
    }

    private static SecurityIdentity identity(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.email()))
                .addRole(caller.role().securityName())
                .addAttribute(Caller.ATTRIBUTE, caller)
                .build();
    }
}
