package org.selving.security;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.selving.web.Problem;

/**
 * Cross-site request forgery protection of the JSON API. The session cookie is SameSite, so browsers
 * do not send it with requests from other sites; and a request that signs in with it and changes
 * something must be JSON (or a CSV file for imports), which a page of another origin can only send
 * after a CORS preflight that this server never grants. A form, {@code text/plain} or a request
 * without a body type from such a page is refused here, before it reaches any resource. Requests
 * with an API token need no such check: browsers never add an {@code Authorization} header by themselves.
 * HTML forms are protected by their CSRF token (quarkus-rest-csrf).
 */
public class ApiCsrfGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<MediaType> PREFLIGHTED = List.of(MediaType.APPLICATION_JSON_TYPE, new MediaType("text", "csv"));

    @ServerRequestFilter
    public Response refuseCrossSiteWrites(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (!api || SAFE_METHODS.contains(request.getMethod()) || request.getHeaderString("Authorization") != null
                || !request.getCookies().containsKey(SessionCookie.NAME)) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && PREFLIGHTED.stream().anyMatch(allowed -> allowed.isCompatible(type) && !type.isWildcardType()
                && !type.isWildcardSubtype())) {
            return null;
        }
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank", "Forbidden", 403,
                "A request signed in with the session cookie that changes something must send"
                        + " 'Content-Type: application/json' (text/csv for imports), even without a body.",
                path, List.of())).build();
    }
}
