package org.selving.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as users run it: {@code java -jar target/quarkus-app/quarkus-run.jar} (prod profile,
 * H2 file database under {@code data/} of its working directory, a temporary directory outside the
 * project: the built-in questionnaires come from the jar), on a free port, with the first
 * administrator of {@link Api#ADMIN_EMAIL} given as users give it, its health and metrics on a free port of
 * their own (the management interface). Unlike
 * {@code @QuarkusIntegrationTest}, it can be stopped, killed and started again on the same files.
 * When the tests are given a database ({@code quarkus.datasource.jdbc.url} and its user and password as
 * system properties, as {@code mvn -Ppostgres verify} does), the app uses that one instead, emptied on
 * its first start in the working directory: a fresh installation has neither files nor data.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final String DATABASE_URL = System.getProperty("quarkus.datasource.jdbc.url");
    private static final String DATABASE_USER = System.getProperty("quarkus.datasource.username", "selving");
    private static final String DATABASE_PASSWORD = System.getProperty("quarkus.datasource.password", "selving");

    private final Path workDir;
    private final List<String> extraOptions;
    private Process process;
    private int port;
    private int managementPort;
    private boolean keepDatabase;

    /** @param extraOptions further JVM options, e.g. {@code -Dselving.sample.enabled=false} */
    public PackagedApp(Path workDir, String... extraOptions) {
        this.workDir = workDir;
        this.extraOptions = List.of(extraOptions);
    }

    /** Starts on the database as it is, even on the first start in this working directory (another app's, a restored one). */
    public PackagedApp keepingTheDatabase() {
        keepDatabase = true;
        return this;
    }

    /** Whether the tests were given a PostgreSQL database, the one {@link #openDatabase()} opens. */
    public static boolean onPostgres() {
        return DATABASE_URL != null;
    }

    public static boolean isBuilt() {
        return Files.isRegularFile(JAR);
    }

    /** Starts the app and waits until it is ready (its database reached and migrated). */
    public PackagedApp start() throws IOException, InterruptedException {
        return start("/q/health/ready");
    }

    /** Starts the app and waits until it is up, ready or not (its database may be away). */
    public PackagedApp startLive() throws IOException, InterruptedException {
        return start("/q/health/live");
    }

    private PackagedApp start(String health) throws IOException, InterruptedException {
        port = freePort();
        managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-Dselving.admin.email=" + Api.ADMIN_EMAIL, "-Dselving.admin.password=" + Api.ADMIN_PASSWORD));
        if (DATABASE_URL != null) {
            command.addAll(List.of("-Dquarkus.datasource.jdbc.url=" + DATABASE_URL,
                    "-Dquarkus.datasource.username=" + DATABASE_USER, "-Dquarkus.datasource.password=" + DATABASE_PASSWORD,
                    "-Dquarkus.flyway.clean-at-start=" + !(keepDatabase || Files.exists(workDir.resolve("app.log")))));
        }
        command.addAll(extraOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("app.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!answers(health)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The app did not start; see " + workDir.resolve("app.log") + ":\n"
                        + Files.readString(workDir.resolve("app.log")));
            }
            Thread.sleep(100);
        }
        return this;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Health and metrics: the management interface, on a port of its own in production. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** Everything the app has logged so far. */
    public String log() throws IOException {
        return Files.readString(workDir.resolve("app.log"));
    }

    public int port() {
        return port;
    }

    /** A normal shutdown (SIGTERM), waiting for the process to end. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** {@code kill -9}: the process gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The app's database, opened directly (an H2 file only while the app is not running). */
    public Connection openDatabase() throws SQLException {
        return DATABASE_URL != null ? DriverManager.getConnection(DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD)
                : DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data").resolve("selving"), "selving", "selving");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private boolean answers(String health) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(managementUrl() + health).toURL()
                    .openConnection();
            connection.setConnectTimeout(500);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
