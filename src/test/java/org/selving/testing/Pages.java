package org.selving.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.selving.security.SessionCookie;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Pages as a signed-in person's browser asks for them: in English, redirects not followed, forms with their token. */
public final class Pages {

    private Pages() {
    }

    /** A page request with this session (from {@link Api#signIn}). */
    public static RequestSpecification page(String session) {
        return given().accept(ContentType.HTML).header("Accept-Language", "en").redirects().follow(false)
                .header("X-Forwarded-For", Api.newClientAddress()).cookie(SessionCookie.NAME, session);
    }

    /** A form sent from its page, with this session and a valid CSRF token. */
    public static RequestSpecification form(String session) {
        return Forms.withCsrf(page(session));
    }

    /** The number that follows {@code prefix} in a redirect's Location, e.g. the id in {@code /assessments/7?done=CREATED}. */
    public static long idAfter(String prefix, String location) {
        Matcher id = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(location);
        if (!id.find()) {
            throw new AssertionError("no id after " + prefix + " in " + location);
        }
        return Long.parseLong(id.group(1));
    }

    /** Text as Qute writes it into HTML. */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
