package org.selving.security;

import java.net.URI;
import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.selving.web.Page;
import org.selving.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The sign-in page and signing out. Signing in starts a new session whatever cookie came along (so a
 * session id planted beforehand is worthless) and leads back to the page that asked for it; signing
 * out deletes the session on the server. Both are forms with a CSRF token.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LoginPages {

    public static final String PATH = "/login";
    /** The query parameter and form field that say where to go once signed in. */
    public static final String NEXT = "next";
    static final String HOME = "/home";

    @Inject
    Login login;

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @Inject
    AccessScope scope;

    @Inject
    PageLanguage language;

    @ConfigProperty(name = "selving.login.max-failures")
    int maxFailures;

    @ConfigProperty(name = "selving.login.lockout")
    Duration lockout;

    /**
     * What the sign-in form shows.
     *
     * @param next       where to go once signed in (a path of this site)
     * @param problem    {@code null} when there is nothing to say
     * @param signedOut  just signed out
     */
    public record LoginForm(String email, String next, Problem problem, boolean signedOut, int maxFailures,
            long lockoutMinutes) {

        public enum Problem {
            MISSING,
            /** Unknown address, wrong password or locked account: deliberately one message. */
            REFUSED
        }
    }

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance login(Page page, LoginForm form);
    }

    @GET
    @Path("login")
    public RestResponse<TemplateInstance> loginPage(@RestQuery String next, @RestQuery boolean signedOut) {
        if (scope.caller().isPresent()) {
            return RestResponse.seeOther(URI.create(safeNext(next)));
        }
        return form(RestResponse.Status.OK, "", next, null, signedOut);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> signIn(@RestForm String email, @RestForm String password,
            @RestForm String next) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return form(RestResponse.Status.BAD_REQUEST, email, next, LoginForm.Problem.MISSING, false);
        }
        return login.check(email, password)
                .map(account -> {
                    cookie.issue(sessions.start(account.id, cookie.presented()));
                    return RestResponse.<TemplateInstance>seeOther(URI.create(safeNext(next)));
                })
                .orElseGet(() -> form(RestResponse.Status.BAD_REQUEST, email, next, LoginForm.Problem.REFUSED, false));
    }

    @POST
    @Path("logout")
    public RestResponse<Void> signOut() {
        String presented = cookie.presented();
        if (presented != null) {
            sessions.end(presented);
            cookie.clear();
        }
        return RestResponse.seeOther(UriBuilder.fromPath(PATH).queryParam("signedOut", true).build());
    }

    private RestResponse<TemplateInstance> form(RestResponse.Status status, String email, String next,
            LoginForm.Problem problem, boolean signedOut) {
        Page page = language.page();
        LoginForm form = new LoginForm(email == null ? "" : email.strip(), safeNext(next), problem, signedOut,
                maxFailures, lockout.toMinutes());
        return RestResponse.status(status, Templates.login(page, form).setLocale(page.locale()));
    }

    /**
     * Where to go once signed in: a path of this site, never another site (no {@code //host} or
     * {@code /\host}, which browsers read as one), never back to the sign-in page; the home page otherwise.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith(PATH)
                || next.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            return HOME;
        }
        return next;
    }
}
