package org.selving.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * HTML forms as a browser sends them: with the CSRF token of the page they came from (the hidden field)
 * and its cookie. The token is not tied to a session, so one taken from the home page serves every form.
 */
public final class Forms {

    public static final String CSRF_COOKIE = "selving-csrf";
    public static final String CSRF_FIELD = "csrf-token";

    private static final Pattern HIDDEN_TOKEN = Pattern.compile(
            "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\">");

    private static String token;

    private Forms() {
    }

    /** The form request with a valid token, as if its page had just been loaded. */
    public static RequestSpecification withCsrf(RequestSpecification form) {
        String valid = token();
        return form.cookie(CSRF_COOKIE, valid).formParam(CSRF_FIELD, valid);
    }

    /** The token in a page's form and the cookie that came with it, checked to match. */
    public static String tokenOf(Response page) {
        Matcher hidden = HIDDEN_TOKEN.matcher(page.asString());
        if (!hidden.find()) {
            throw new AssertionError("no CSRF token in the page's form");
        }
        String cookie = page.getCookie(CSRF_COOKIE);
        if (cookie != null) {
            assertEquals(cookie, hidden.group(1), "the form's token is the cookie's");
        }
        return hidden.group(1);
    }

    private static synchronized String token() {
        if (token == null) {
            token = tokenOf(given().get("/"));
        }
        return token;
    }
}
