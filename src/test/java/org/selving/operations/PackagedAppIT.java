package org.selving.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.createOrganization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import io.restassured.RestAssured;

/**
 * The packaged app started where an operator starts it, in a directory of its own with no surveys/
 * beside it: the built-in questionnaires come from the jar; {@code selving.surveys.dir} adds new ones and
 * replaces a built-in one of the same key. Its health and metrics are on the management port only, never
 * on the port respondents reach.
 */
class PackagedAppIT {

    @TempDir
    Path workDir;

    @TempDir
    Path ownSurveys;

    @AfterEach
    void forgetApp() {
        RestAssured.reset();
        Api.forgetSessions();
    }

    private static String titleOf(long organization, String instrument) {
        long assessment = asAdmin().body("{\"instrument\": \"" + instrument + "\", \"title\": \"Check\"}")
                .post("/api/organizations/" + organization + "/assessments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return asAdmin().get("/api/assessments/" + assessment + "/questionnaire").then().statusCode(200)
                .extract().jsonPath().getString("title.en");
    }

    @Test
    void startsAnywhereWithTheBuiltInQuestionnairesAndADirectoryAddsOrReplacesThem() throws Exception {
        assertTrue(PackagedApp.isBuilt(), "the IT runs after packaging: mvn verify");
        assertTrue(Files.notExists(workDir.resolve("surveys")));
        String pulse = Files.readString(Path.of("surveys", "pulse.yaml"));
        String builtInTitle = "Selving pulse: a quick check-in";
        assertTrue(pulse.contains("en: \"" + builtInTitle + "\""), "the built-in pulse's title, as this test expects it");
        String ownPulse = pulse.replace("en: \"" + builtInTitle + "\"", "en: Our own pulse");
        Files.writeString(ownSurveys.resolve("pulse.yaml"), ownPulse);
        Files.writeString(ownSurveys.resolve("team_check.yaml"), ownPulse.replace("key: pulse", "key: team_check"));

        try (PackagedApp app = new PackagedApp(workDir, "-Dselving.sample.enabled=false")) {
            RestAssured.port = app.start().port();
            System.out.println("Packaged app started from " + workDir + ": " + app.log().lines()
                    .filter(line -> line.contains(" started in ")).findFirst().orElse("?"));
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                given().get(path).then().statusCode(404);
                given().baseUri(app.managementUrl()).get(path).then().statusCode(200);
            }
            given().baseUri(app.managementUrl()).get("/q/metrics").then()
                    .body(containsString("selving_responses_accepted_total{via=\"code\"} 0.0"));
            long organization = createOrganization("Anywhere Ltd");
            titleOf(organization, "selving");
            asAdmin().get("/api/organizations").then().statusCode(200);
            assertEquals(builtInTitle, titleOf(organization, "pulse"));
            asAdmin().body("{\"instrument\": \"team_check\", \"title\": \"Check\"}")
                    .post("/api/organizations/" + organization + "/assessments").then().statusCode(400)
                    .body("errors[0].field", equalTo("instrument"));
            app.stop();
        }
        try (PackagedApp app = new PackagedApp(workDir, "-Dselving.sample.enabled=false",
                "-Dselving.surveys.dir=" + ownSurveys)) {
            RestAssured.port = app.start().port();
            long organization = createOrganization("Own questionnaires Ltd");
            assertEquals("Our own pulse", titleOf(organization, "pulse"), "the directory's pulse.yaml wins");
            assertEquals("Our own pulse", titleOf(organization, "team_check"), "a new questionnaire is added");
            titleOf(organization, "selving");
            app.stop();
        }
        String log = Files.readString(workDir.resolve("app.log"));
        assertTrue(log.contains("pulse (") && log.contains("replacing the built-in one"), log);
    }
}
