package org.selving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A page speaks the language asked for, remembered, or preferred by the browser, in that order. */
@QuarkusTest
class PageLanguageTest {

    @Test
    void theBrowsersPreferenceIsFollowedWithItsWeights() {
        given().header("Accept-Language", "de-DE, fr-CA;q=0.8, en;q=0.5").get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">"), containsString("Bienvenue sur Selving"));
        given().header("Accept-Language", "en-GB, fr;q=0.9").get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"), containsString("Welcome to Selving"));
    }

    @Test
    void withoutAnyPreferenceThePageIsInEnglish() {
        given().get("/").then().statusCode(200).body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "de-CH, es;q=0.5").get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void anExplicitChoiceWinsAndIsRemembered() {
        String remembered = given().header("Accept-Language", "en").queryParam("lang", "fr").get("/")
                .then().statusCode(200).body(containsString("<html lang=\"fr\">"))
                .cookie(PageLanguage.COOKIE, "fr")
                .extract().cookie(PageLanguage.COOKIE);
        given().header("Accept-Language", "en").cookie(PageLanguage.COOKIE, remembered).get("/")
                .then().statusCode(200).body(containsString("<html lang=\"fr\">"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void anUnknownLanguageIsIgnored() {
        given().header("Accept-Language", "fr").queryParam("lang", "xx").get("/")
                .then().statusCode(200).body(containsString("<html lang=\"fr\">"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void theSwitchLeadsToTheSamePageInTheOtherLanguage() {
        given().header("Accept-Language", "en").get("/")
                .then().statusCode(200)
                .body(containsString("<a href=\"/?lang=fr\" lang=\"fr\" hreflang=\"fr\">Français</a>"),
                        containsString("<span class=\"current\" aria-current=\"true\">English</span>"),
                        not(containsString("href=\"/?lang=en\"")));
    }
}
