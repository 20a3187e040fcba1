package org.selving.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The README's backup and restore commands, run on a real installation: answers taken, the assessment
 * closed and its report read; a backup taken while the app runs (H2: {@code POST /api/backups}, online;
 * PostgreSQL: {@code pg_dump}); restored where a second installation starts on it (H2: the zip unpacked
 * into a new {@code data/}; PostgreSQL: {@code pg_restore} into a new database): the same report.
 */
class BackupRestoreIT {

    private static final String RESTORED_DATABASE = "selving_restored";

    @TempDir
    Path original;

    @TempDir
    Path restored;

    @AfterEach
    void forget() {
        RestAssured.reset();
        Api.forgetSessions();
    }

    @Test
    void aRestoredCopyGivesTheSameReport() throws Exception {
        assertTrue(PackagedApp.isBuilt(), "the IT runs after packaging: mvn verify");
        String report;
        try (PackagedApp app = new PackagedApp(original, "-Dselving.sample.enabled=false").start()) {
            RestAssured.port = app.port();
            long org = createOrganization("Kept safe Ltd");
            long team = createUnit(org, "Team", null);
            long assessment = createAssessment(org, "\"minGroupSize\": 3, \"commentThreshold\": 3");
            List<String> codes = issueCodes(assessment, team, 8);
            open(assessment);
            for (int i = 0; i < 6; i++) {
                given().contentType(ContentType.JSON).body("{\"code\": \"" + codes.get(i)
                        + "\", \"answers\": {\"know_purpose\": " + (1 + i % 5) + ", \"recommend_workplace\": " + (4 + i)
                        + "}, \"comments\": {\"comment_strength\": \"Answer " + i + "\"}}")
                        .post("/api/responses").then().statusCode(201);
            }
            close(assessment);
            report = asAdmin().get("/api/assessments/" + assessment + "/report.json").then().statusCode(200)
                    .body("basis.responses", equalTo(6)).extract().asString();

            if (PackagedApp.onPostgres()) {
                Postgres database = Postgres.of(System.getProperty("quarkus.datasource.jdbc.url"));
                Path dump = original.resolve("selving.dump");
                database.run("pg_dump", "-Fc", "-f", dump.toString(), database.name);
                database.run("psql", "-q", "-c", "DROP DATABASE IF EXISTS " + RESTORED_DATABASE, "-c",
                        "CREATE DATABASE " + RESTORED_DATABASE, database.name);
                database.run("pg_restore", "--no-owner", "-d", RESTORED_DATABASE, dump.toString());
            } else {
                String file = asAdmin().post("/api/backups").then().statusCode(201).extract().jsonPath()
                        .getString("file");
                unzip(Path.of(file), restored.resolve("data"));
            }
            // online: the app goes on serving; what it stores now is not in the backup
            asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200);
            createOrganization("After the backup Ltd");
            app.stop();
        }

        String[] restoredDatabase = PackagedApp.onPostgres() ? new String[] {"-Dquarkus.datasource.jdbc.url="
                + System.getProperty("quarkus.datasource.jdbc.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + RESTORED_DATABASE)}
                : new String[0];
        String[] options = new String[restoredDatabase.length + 1];
        options[0] = "-Dselving.sample.enabled=false";
        System.arraycopy(restoredDatabase, 0, options, 1, restoredDatabase.length);
        Api.forgetSessions();
        try (PackagedApp copy = new PackagedApp(restored, options).keepingTheDatabase().start()) {
            RestAssured.port = copy.port();
            long assessment = JsonPath.from(report).getLong("about.assessmentId");
            assertEquals(report, asAdmin().get("/api/assessments/" + assessment + "/report.json").then()
                    .statusCode(200).extract().asString(), "the restored copy's report");
            asAdmin().get("/api/organizations").then().statusCode(200)
                    .body("find { it.name == 'After the backup Ltd' }", org.hamcrest.Matchers.nullValue())
                    .body("find { it.name == 'Kept safe Ltd' }.name", equalTo("Kept safe Ltd"));
            copy.stop();
        }
        if (PackagedApp.onPostgres()) {
            Postgres database = Postgres.of(System.getProperty("quarkus.datasource.jdbc.url"));
            database.run("psql", "-q", "-c", "DROP DATABASE " + RESTORED_DATABASE, database.name);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
    }

    /** The tests' PostgreSQL database, and its command-line tools run against its server. */
    private record Postgres(String host, int port, String name, String user, String password) {

        static Postgres of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return new Postgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1),
                    System.getProperty("quarkus.datasource.username"), System.getProperty("quarkus.datasource.password"));
        }

        void run(String tool, String... arguments) throws IOException, InterruptedException {
            List<String> command = new java.util.ArrayList<>(List.of(tool, "-h", host, "-p", String.valueOf(port), "-U", user));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", password);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + output);
        }
    }
}
