package org.selving.security;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.selving.web.Problem;

import io.quarkus.security.Authenticated;

/**
 * Signing in and out through the JSON API, for scripts and other clients: the same session and cookie
 * as the sign-in page (keep the cookie, e.g. {@code curl -c jar -b jar}). Scripts that run unattended
 * are better off with an API token ({@code POST /api/account/tokens}), which needs no password.
 */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Login login;

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @Inject
    AccountService accounts;

    /** Starts a session (a new one, whatever cookie came along) and returns the account; 401 when refused. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(@Valid @NotNull SignIn body) {
        return login.check(body.email(), body.password())
                .map(account -> {
                    cookie.issue(sessions.start(account.id, cookie.presented()));
                    return Response.ok(accounts.view(account)).build();
                })
                .orElseGet(() -> Response.status(401).type(Problem.MEDIA_TYPE)
                        .header("WWW-Authenticate", SecurityMappers.CHALLENGE)
                        .entity(new Problem("about:blank", "Unauthorized", 401, Login.REFUSAL, "/api/session", List.of()))
                        .build());
    }

    /** Ends the session of the cookie: it opens nothing any more. */
    @DELETE
    @Authenticated
    public Response signOut() {
        String presented = cookie.presented();
        if (presented != null) {
            sessions.end(presented);
            cookie.clear();
        }
        return Response.noContent().build();
    }
}
