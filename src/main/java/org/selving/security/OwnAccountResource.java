package org.selving.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

/** The caller's own account: who it is, its password, its personal API tokens. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class OwnAccountResource {

    @Inject
    AccessScope scope;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokens tokens;

    @GET
    public AccountView get() {
        return accounts.view(accounts.account(caller().accountId()));
    }

    /** Changes the password; the account's other sessions end (all of them when called with a token). */
    @PUT
    @Path("password")
    public RestResponse<Void> changePassword(@Valid @NotNull PasswordChange body) {
        accounts.changeOwnPassword(caller(), body);
        return RestResponse.noContent();
    }

    @GET
    @Path("tokens")
    public List<TokenView> tokens() {
        return tokens.list(caller().accountId());
    }

    /** A new token, shown in full this once: send it as {@code Authorization: Bearer <token>}. */
    @POST
    @Path("tokens")
    public RestResponse<IssuedToken> createToken(@Valid @NotNull TokenRequest body) {
        Instant expiresAt = body.expiresInDays() == null ? null
                : Instant.now().plus(body.expiresInDays(), ChronoUnit.DAYS);
        return RestResponse.status(RestResponse.Status.CREATED, tokens.issue(caller().accountId(), body.name(), expiresAt));
    }

    @DELETE
    @Path("tokens/{tokenId}")
    public RestResponse<Void> revokeToken(long tokenId) {
        tokens.revoke(caller().accountId(), tokenId);
        return RestResponse.noContent();
    }

    private Caller caller() {
        return scope.caller().orElseThrow();
    }
}
