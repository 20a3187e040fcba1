package org.selving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.selving.testing.StoredData.assertUnchangedBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Whatever goes wrong at the HTTP level, an API client gets a problem+json and nothing is stored. */
@QuarkusTest
class ProblemApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void malformedJsonIsAProblemNamingWhere() {
        assertUnchangedBy(dataSource, () -> given().contentType(ContentType.JSON).body("{\"name\": \"Acme\",")
                .post("/api/organizations")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Malformed JSON"), "errors[0].field", equalTo("body"),
                        "detail", containsString("line 1")));
    }

    @Test
    void missingBodyIsAProblem() {
        assertUnchangedBy(dataSource, () -> given().contentType(ContentType.JSON).post("/api/organizations")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("body")));
    }

    @Test
    void wrongContentTypeIs415() {
        assertUnchangedBy(dataSource, () -> given().contentType("text/plain").body("name=Acme")
                .post("/api/organizations")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(415), "detail", containsString("text/plain")));
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblems() {
        given().get("/api/no-such-thing").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("instance", equalTo("/api/no-such-thing"));
        given().get("/api/organizations/not-a-number").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        assertUnchangedBy(dataSource, () -> given().delete("/api/organizations")
                .then().statusCode(405).contentType(Problem.MEDIA_TYPE).body("status", equalTo(405)));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String huge = "{\"name\": \"" + "x".repeat(70_000) + "\"}";
        assertUnchangedBy(dataSource, () -> given().contentType(ContentType.JSON).body(huge)
                .post("/api/organizations")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("body"), "detail", containsString("65536")));
    }
}
