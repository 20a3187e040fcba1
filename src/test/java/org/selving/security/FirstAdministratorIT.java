package org.selving.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The packaged app as an operator starts it: the first administrator comes from the configuration
 * (here {@code -Dselving.admin.*}, as {@code SELVING_ADMIN_*} would) once, and later values change
 * nothing; outside dev mode there is no demo account.
 */
class FirstAdministratorIT {

    @TempDir
    Path workDir;

    @AfterEach
    void forgetApp() {
        RestAssured.reset();
    }

    private static Response signIn(PackagedApp app, String email, String password) {
        return given().baseUri(app.baseUrl()).contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}").post("/api/session");
    }

    @Test
    void theFirstAdministratorIsCreatedOnceFromTheConfiguration() throws Exception {
        assertTrue(PackagedApp.isBuilt(), "the IT runs after packaging: mvn verify");
        try (PackagedApp app = new PackagedApp(workDir)) {
            app.start();
            signIn(app, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).then().statusCode(200).body("role", equalTo("ADMINISTRATOR"));
            signIn(app, "consultant@example.org", "selving-demo").then().statusCode(401);
            app.stop();
        }
        try (PackagedApp app = new PackagedApp(workDir, "-Dselving.admin.email=other@example.org",
                "-Dselving.admin.password=another administrator password")) {
            app.start();
            signIn(app, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).then().statusCode(200);
            signIn(app, "other@example.org", "another administrator password").then().statusCode(401);
            app.stop();
        }
        String log = Files.readString(workDir.resolve("app.log"));
        assertEquals(1, log.split("Created the first administrator", -1).length - 1, "created on the first start only");
    }
}
