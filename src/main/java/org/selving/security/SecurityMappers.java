package org.selving.security;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.selving.web.ErrorPages;
import org.selving.web.PageError;
import org.selving.web.Problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * What a caller gets when an endpoint needs an account it does not have (401) or a role it does not
 * have (403): the JSON API answers with a problem, a page sends an anonymous reader to the sign-in
 * page (coming back afterwards) and shows a signed-in one a friendly error page.
 */
public class SecurityMappers {

    /** How the JSON API asks for credentials: an API token, or the session cookie of {@code POST /api/session}. */
    static final String CHALLENGE = "Bearer realm=\"selving\"";

    @Inject
    ErrorPages errorPages;

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized() {
        if (errorPages.wanted()) {
            URI login = UriBuilder.fromPath(LoginPages.PATH).queryParam(LoginPages.NEXT, request.uri()).build();
            return Response.seeOther(login).build();
        }
        return problem(401, "Unauthorized", "Sign in first: send the session cookie of POST /api/session, or an"
                + " API token as 'Authorization: Bearer <token>'.").header("WWW-Authenticate", CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        if (errorPages.wanted()) {
            return errorPages.forError(PageError.FORBIDDEN);
        }
        return problem(403, "Forbidden", "Your account's role may not do this.").build();
    }

    private Response.ResponseBuilder problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, request.path(), List.of()));
    }
}
