package org.selving.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The throwaway PostgreSQL server the tests run on, when they may stop and start it: its data directory
 * is given as {@code SELVING_TEST_POSTGRES_DATA} (as .ci/run does; its settings are in its
 * postgresql.conf, its log beside it in {@code ../log}). Run as root, the server's commands run as the
 * {@code postgres} user, as Debian installs it.
 */
public final class PostgresServer {

    private final Path data;
    private final Path pgCtl;

    private PostgresServer(Path data, Path pgCtl) {
        this.data = data;
        this.pgCtl = pgCtl;
    }

    /** The server, if the tests run on PostgreSQL and were told where its data directory is. */
    public static Optional<PostgresServer> controllable() throws IOException {
        String data = System.getenv("SELVING_TEST_POSTGRES_DATA");
        if (!PackagedApp.onPostgres() || data == null || data.isBlank()) {
            return Optional.empty();
        }
        Optional<Path> pgCtl;
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            pgCtl = versions.map(version -> version.resolve("bin").resolve("pg_ctl")).filter(Files::isExecutable)
                    .max(Comparator.naturalOrder());
        }
        return pgCtl.map(ctl -> new PostgresServer(Path.of(data), ctl));
    }

    /** Stops it as an operator would ({@code pg_ctl stop -m fast}: sessions are ended, nothing is lost). */
    public void stop() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts it again and waits until it takes connections. */
    public void start() throws IOException, InterruptedException {
        pgCtl("start", "-l", data.getParent().resolve("log").toString());
    }

    /** Starts it unless it runs: for a test's clean-up, whatever it did before failing. */
    public void ensureRunning() throws IOException, InterruptedException {
        if (run("status") != 0) {
            start();
        }
    }

    private void pgCtl(String... action) throws IOException, InterruptedException {
        if (run(action) != 0) {
            throw new IllegalStateException("pg_ctl " + String.join(" ", action) + " failed; see " + data.getParent());
        }
    }

    private int run(String... action) throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder(pgCtl + " -D " + data + " -w");
        for (String word : action) {
            command.append(' ').append(word);
        }
        List<String> shell = "root".equals(System.getProperty("user.name"))
                ? List.of("su", "postgres", "-c", command.toString())
                : List.of("sh", "-c", command.toString());
        Process process = new ProcessBuilder(shell).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int status = process.waitFor();
        if (status != 0 && !action[0].equals("status")) {
            System.err.println(String.join(" ", shell) + ":\n" + output);
        }
        return status;
    }
}
