package org.selving.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * How a request says who it comes from: {@code Authorization: Bearer <API token>}, or else the session
 * cookie set at sign-in (pages and the JSON API alike). A request with neither, or with one that
 * no longer opens anything (expired, signed out, locked account), is anonymous: it can still answer
 * a questionnaire, and anything that needs an account answers 401 or sends it to the sign-in page
 * ({@link SecurityMappers}).
 */
@ApplicationScoped
public class AccountAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        CredentialRequest request = credential(context);
        if (request == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    private static CredentialRequest credential(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new CredentialRequest(CredentialRequest.Kind.API_TOKEN, authorization.substring(BEARER.length()).strip());
        }
        Cookie session = context.request().getCookie(SessionCookie.NAME);
        return session == null || session.getValue().isEmpty() ? null
                : new CredentialRequest(CredentialRequest.Kind.SESSION, session.getValue());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SecurityMappers.CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CredentialRequest.class);
    }
}
