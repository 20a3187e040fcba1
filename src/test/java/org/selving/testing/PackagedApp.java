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
 * H2 file database under {@code data/} of its working directory), on a free port. Unlike
 * {@code @QuarkusIntegrationTest}, it can be stopped, killed and started again on the same files.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Path SURVEYS = Path.of("surveys").toAbsolutePath();

    private final Path workDir;
    private final List<String> extraOptions;
    private Process process;
    private int port;

    /** @param extraOptions further JVM options, e.g. {@code -Dselving.sample.enabled=false} */
    public PackagedApp(Path workDir, String... extraOptions) {
        this.workDir = workDir;
        this.extraOptions = List.of(extraOptions);
    }

    public static boolean isBuilt() {
        return Files.isRegularFile(JAR);
    }

    public PackagedApp start() throws IOException, InterruptedException {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dselving.surveys.dir=" + SURVEYS));
        command.addAll(extraOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("app.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!isReady()) {
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

    /** The app's H2 database, opened directly while the app is not running. */
    public Connection openDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data").resolve("selving"), "selving", "selving");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private boolean isReady() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/q/health/ready").toURL()
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
