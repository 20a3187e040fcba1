package org.selving.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The endpoints the application serves, JSON API and pages alike, as its OpenAPI document lists them. */
public final class Endpoints {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch", "head", "options");

    private Endpoints() {
    }

    /** Each as {@code METHOD /path/{variable}}, e.g. {@code GET /api/assessments/{id}}. */
    public static TreeSet<String> all() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        TreeSet<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(method -> endpoints.add(method.toUpperCase() + " " + path)));
        return endpoints;
    }
}
