package org.selving.security;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite (browsers do not send it with
 * cross-site requests that change anything), Secure when the request came over TLS, directly or
 * through a proxy that says so (Quarkus' {@code quarkus.http.proxy.*}), or always with
 * {@code selving.session.always-secure}. No Max-Age: the browser forgets it when it closes, and the
 * server ends the session itself on its own schedule.
 */
@RequestScoped
public class SessionCookie {

    public static final String NAME = "selving-session";

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "selving.session.same-site")
    String sameSite;

    @ConfigProperty(name = "selving.session.always-secure")
    boolean alwaysSecure;

    /** The session secret this request came with, {@code null} if none. */
    public String presented() {
        Cookie cookie = request.getCookie(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    public void issue(String secret) {
        request.response().addCookie(cookie(secret));
    }

    /** Tells the browser to forget the cookie. */
    public void clear() {
        request.response().addCookie(cookie("").setMaxAge(0));
    }

    private Cookie cookie(String value) {
        return secured(NAME, value);
    }

    /** A cookie for the whole site with this cookie's protections: HttpOnly, SameSite, Secure as the request allows. */
    public Cookie secured(String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true)
                .setSecure(alwaysSecure || "https".equals(request.scheme()))
                .setSameSite(CookieSameSite.valueOf(sameSite.strip().toUpperCase(Locale.ROOT)));
    }
}
