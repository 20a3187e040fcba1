package org.selving.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * Friendly error pages, in the reader's language and without internals. Whether a failed request
 * gets one or a problem+json is decided here ({@link #wanted()}), for {@link ProblemMappers} and the
 * pages alike: the JSON API under {@code /api} always gets problem+json.
 */
@ApplicationScoped
public class ErrorPages {

    @Inject
    PageLanguage language;

    @Inject
    HttpServerRequest request;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(Page page, PageError error, String when);
    }

    @ServerExceptionMapper
    public Response pageError(PageException e) {
        return render(e.error().status(), e.error(), e.when());
    }

    /**
     * Whether this request should get an error page: everything outside {@code /api}, unless the
     * client says it does not take HTML (an {@code Accept} without {@code text/html} or a wildcard).
     */
    public boolean wanted() {
        String path = request.path();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /** The page for an error that nothing more specific explains. */
    public Response forStatus(int status) {
        return render(status, PageError.forStatus(status), null);
    }

    private Response render(int status, PageError error, Instant when) {
        Page page = language.page();
        String whenText = when == null ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(page.locale())
                        .withZone(ZoneId.systemDefault()).format(when);
        String html = Templates.error(page, error, whenText).setLocale(page.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
