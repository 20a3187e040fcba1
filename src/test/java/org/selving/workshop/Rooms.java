package org.selving.workshop;

import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.client;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A live session through the real API, as the workshop tests drive it: its facilitator and its phones. */
final class Rooms {

    private Rooms() {
    }

    /** A session started by the administrator on an open assessment: its view. */
    static JsonPath start(long assessment, long unit) {
        return asAdmin().body("{\"unitId\": " + unit + "}").post("/api/assessments/" + assessment + "/workshops")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A phone joins (from an address of its own): its ticket. */
    static String join(String code) {
        return client().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}").post("/api/workshops/join")
                .then().statusCode(201).extract().jsonPath().getString("ticket");
    }

    /** A phone's answers to a round ({@code now} or {@code aim}): {@code fields} is the rest of the JSON object. */
    static int answer(String ticket, String round, String fields) {
        return client().contentType(ContentType.JSON)
                .body("{\"ticket\": \"" + ticket + "\", \"round\": \"" + round + "\", " + fields + "}")
                .post("/api/workshops/answers").statusCode();
    }

    /** The answers of the selving questionnaire's first item and the recommendation item. */
    static String answers(int knowPurpose, int recommend) {
        return "\"answers\": {\"know_purpose\": " + knowPurpose + ", \"recommend_workplace\": " + recommend + "}";
    }

    static JsonPath results(long session) {
        return asAdmin().get("/api/workshops/" + session + "/results").then().statusCode(200).extract().jsonPath();
    }

    static void control(long session, String action) {
        asAdmin().post("/api/workshops/" + session + "/" + action).then().statusCode(200);
    }
}
