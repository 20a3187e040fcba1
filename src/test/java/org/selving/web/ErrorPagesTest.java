package org.selving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** People get a friendly page in their language; API clients keep getting problem+json. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPageIsAFriendly404InTheReadersLanguage() {
        given().accept("text/html").header("Accept-Language", "en").get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<title>Page not found · Selving</title>"),
                        containsString("<h1>Page not found</h1>"), containsString("href=\"/\""),
                        not(containsString("Exception")));
        given().accept("text/html").header("Accept-Language", "fr").get("/no/such/page")
                .then().statusCode(404).body(containsString("<html lang=\"fr\">"),
                        containsString("<h1>Page introuvable</h1>"));
    }

    @Test
    void aWrongMethodOnAPageKeepsItsStatusWithAFriendlyPage() {
        given().accept("text/html").delete("/")
                .then().statusCode(405).contentType(containsString("text/html"))
                .body(containsString("<h1>This request could not be handled</h1>"));
    }

    @Test
    void theApiKeepsProblemJsonEvenForABrowser() {
        given().accept("text/html").get("/api/no-such-thing")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    @Test
    void aClientThatTakesNoHtmlGetsProblemJsonOutsideTheApiToo() {
        given().accept("application/json").get("/no/such/page")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("instance", equalTo("/no/such/page"));
    }

    @Test
    void aFailureOfOursIsAFriendly500WithoutInternals() {
        given().accept("text/html").header("Accept-Language", "fr").get("/test-failure")
                .then().statusCode(500).contentType(containsString("text/html"))
                .body(containsString("<h1>Un problème est survenu de notre côté</h1>"),
                        not(containsString(FailingResource.SECRET)), not(containsString("IllegalStateException")));
        given().accept("application/json").get("/api/test-failure")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(500), "detail", not(containsString(FailingResource.SECRET)));
    }

    @Test
    void theStylesheetIsServedByTheApplicationItself() {
        given().get("/selving.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString("@media print"));
    }
}
