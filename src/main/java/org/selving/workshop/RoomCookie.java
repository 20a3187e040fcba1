package org.selving.workshop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.selving.security.SessionCookie;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The cookie that holds a phone's ticket to a live session ({@link Participants}): protected as the
 * session cookie is (HttpOnly, SameSite, Secure over TLS), and kept for twelve hours, so that closing
 * the browser between rounds does not lose it (nor let the phone answer a round twice).
 */
@RequestScoped
public class RoomCookie {

    public static final String NAME = "selving-room";
    private static final long KEEP_SECONDS = 12L * 3600;

    @Inject
    HttpServerRequest request;

    @Inject
    SessionCookie sessionCookie;

    /** The ticket this phone holds, {@code null} if none. */
    public String ticket() {
        Cookie cookie = request.getCookie(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    public void issue(String ticket) {
        request.response().addCookie(sessionCookie.secured(NAME, ticket).setMaxAge(KEEP_SECONDS));
    }
}
