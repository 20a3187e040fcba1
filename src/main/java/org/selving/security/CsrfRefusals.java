package org.selving.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.selving.web.ErrorPages;
import org.selving.web.PageError;
import org.selving.web.Problem;

import io.vertx.core.http.HttpServerRequest;

/**
 * quarkus-rest-csrf refuses a form sent without its token, or with a wrong one, with a bare 400 and
 * nothing else; the person gets a page saying what happened instead, and an API client a problem.
 * Every other 400 of ours already has a body, so a bare one is always this refusal.
 */
public class CsrfRefusals {

    @Inject
    ErrorPages errorPages;

    @Inject
    HttpServerRequest request;

    @ServerResponseFilter
    public void explain(ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        if (errorPages.wanted()) {
            Response page = errorPages.forError(PageError.FORM_EXPIRED);
            response.setEntity(page.getEntity(), null, page.getMediaType());
        } else {
            response.setEntity(new Problem("about:blank", "Bad request", 400, "The form's CSRF token is missing or"
                    + " wrong: send the form from its page, as it was served.", request.path(), List.of()), null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
