package org.selving.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How many responses per second the JSON API takes: 64 concurrent clients POST /api/responses, first
 * with access codes, then through an open link, each for a fixed time after a warm-up. Against the
 * packaged app on a fresh database (started here: an H2 file, or the database that {@code bench.appOptions}
 * names), or against a running instance given as URL, whose administrator (who sets up the assessment)
 * is given as {@code -Dbench.adminEmail} and {@code -Dbench.adminPassword}.
 * Every acknowledged (201) response is committed to disk when the app runs with its defaults.
 *
 * <pre>
 * mvn -Pbench -DskipTests verify -Dbench=ingest
 * java -cp ... org.selving.bench.IngestBenchmark [http://host:port]   (-Dbench.seconds=20 -Dbench.clients=64)
 * </pre>
 */
public final class IngestBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 64);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    /** Per path: both paths run before measuring, so neither is measured while the JIT still compiles it. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 10);
    /** Plenty for the fastest run seen here; a run that uses them all up stops early and says so. */
    private static final int CODES = Integer.getInteger("bench.codes", 250_000);
    /** Extra options for the app started here, e.g. -Dselving.h2.durable-commit=false to see what durability costs. */
    private static final String APP_OPTIONS = System.getProperty("bench.appOptions", "");

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            measure(URI.create(args[0]), null, System.getProperty("bench.adminEmail"),
                    System.getProperty("bench.adminPassword"));
        } else {
            run();
        }
    }

    /** Starts the packaged app in a temporary directory (on a fresh H2 file there by default), measures, stops it. */
    public static void run() {
        try {
            Path workDir = Files.createTempDirectory("selving-ingest");
            List<String> options = new ArrayList<>(List.of("-Dselving.sample.enabled=false"));
            if (!APP_OPTIONS.isBlank()) {
                options.addAll(List.of(APP_OPTIONS.trim().split("\\s+")));
            }
            try (PackagedApp app = new PackagedApp(workDir, options.toArray(String[]::new))) {
                app.start();
                System.out.println("Packaged app in " + workDir + " " + options);
                measure(URI.create(app.baseUrl()), app.process(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            } finally {
                try (Stream<Path> files = Files.walk(workDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @param app the server's process when it runs here, to report the CPU time it spends per response */
    static void measure(URI base, ProcessHandle app, String adminEmail, String adminPassword)
            throws IOException, InterruptedException {
        Http admin = new Http(base);
        admin.signIn(adminEmail, adminPassword);
        long org = id(admin.post("/api/organizations", "{\"name\": \"Ingest benchmark\"}", 201));
        List<Long> units = new ArrayList<>();
        for (int u = 0; u < 8; u++) {
            units.add(id(admin.post("/api/organizations/" + org + "/units", "{\"name\": \"Team " + u + "\"}", 201)));
        }
        long assessment = id(admin.post("/api/organizations/" + org + "/assessments",
                "{\"instrument\": \"selving\", \"title\": \"Ingest\", \"openLink\": true}", 201));
        Queue<String> codes = new ConcurrentLinkedQueue<>();
        long issueStart = System.nanoTime();
        for (int issued = 0; issued < CODES; issued += 10_000) {
            String batch = admin.post("/api/assessments/" + assessment + "/access-codes",
                    "{\"unitId\": " + units.get(issued / 10_000 % units.size()) + ", \"count\": " + Math.min(10_000, CODES - issued)
                            + "}", 201);
            JSON.readTree(batch).get("codes").forEach(code -> codes.add(code.asText()));
        }
        System.out.printf(Locale.ROOT, "Issued %,d access codes in %.1f s%n", codes.size(),
                (System.nanoTime() - issueStart) / 1e9);
        admin.post("/api/assessments/" + assessment + "/open", "", 200);
        List<Scale> items = items(JSON.readTree(admin.get("/api/assessments/" + assessment + "/questionnaire")));
        admin.close();

        String openLink = "\"assessmentId\": " + assessment + ", \"unitId\": " + units.get(0);
        Target withCode = () -> {
            String code = codes.poll();
            return code == null ? null : "\"code\": \"" + code + "\"";
        };
        System.out.printf("%d clients, %d s per run after %d s of warm-up on each path, against %s%n", CLIENTS, SECONDS,
                WARM_UP_SECONDS, base);
        runClients(base, WARM_UP_SECONDS, items, withCode);
        runClients(base, WARM_UP_SECONDS, items, () -> openLink);
        report("with access codes", app, () -> runClients(base, SECONDS, items, withCode));
        report("through the open link", app, () -> runClients(base, SECONDS, items, () -> openLink));
    }

    private static long id(String json) throws IOException {
        return JSON.readTree(json).get("id").asLong();
    }

    /** Every item of the questionnaire in order, with the range of its scale. */
    private static List<Scale> items(JsonNode questionnaire) {
        List<JsonNode> items = new ArrayList<>();
        questionnaire.get("dimensions").forEach(d -> d.get("items").forEach(items::add));
        questionnaire.get("outcomes").forEach(items::add);
        return items.stream().map(item -> {
            JsonNode scale = questionnaire.get("scales").get(item.get("scale").asText());
            return new Scale(item.get("key").asText(), scale.get("min").asInt(), scale.get("max").asInt());
        }).toList();
    }

    /** Where a response goes: the JSON fields before "answers", or null when there is nothing left to use. */
    interface Target {
        String next();
    }

    record Result(long responses, long errors, double seconds, long[] latenciesNanos, boolean ranOut) {
    }

    static Result runClients(URI base, int seconds, List<Scale> items, Target target) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[CLIENTS][];
        int[] counts = new int[CLIENTS];
        boolean[] ranOut = new boolean[CLIENTS];
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(client);
                long[] mine = new long[1 << 16];
                int n = 0;
                try (Http http = new Http(base)) {
                    while (System.nanoTime() < end) {
                        String where = target.next();
                        if (where == null) {
                            ranOut[client] = true;
                            break;
                        }
                        String body = "{" + where + ", " + answers(random, items) + "}";
                        long t0 = System.nanoTime();
                        int status = http.send("POST", "/api/responses", body).status();
                        long took = System.nanoTime() - t0;
                        if (status != 201) {
                            errors.incrementAndGet();
                        } else {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = took;
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                latencies[client] = mine;
                counts[client] = n;
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        boolean anyRanOut = false;
        for (int c = 0; c < CLIENTS; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
            anyRanOut |= ranOut[c];
        }
        Arrays.sort(all);
        return new Result(total, errors.get(), elapsed, all, anyRanOut);
    }

    /** An item and the values its scale accepts. */
    record Scale(String key, int min, int max) {
    }

    /** A realistic response: every item of the selving questionnaire, a few skipped, sometimes a comment. */
    static String answers(SplittableRandom random, List<Scale> items) {
        StringBuilder json = new StringBuilder("\"answers\": {");
        for (int i = 0; i < items.size(); i++) {
            Scale item = items.get(i);
            if (i > 0) {
                json.append(", ");
            }
            json.append('"').append(item.key()).append("\": ");
            if (random.nextInt(25) == 0) {
                json.append("null");
            } else {
                json.append(item.min() + random.nextInt(item.max() - item.min() + 1));
            }
        }
        json.append('}');
        if (random.nextInt(3) == 0) {
            json.append(", \"comments\": {\"comment_change\": \"More time to talk across teams, and clearer priorities.\"}");
        }
        return json.toString();
    }

    interface Run {
        Result go() throws InterruptedException;
    }

    static void report(String name, ProcessHandle app, Run run) throws InterruptedException {
        long cpuBefore = cpuNanos(app);
        Result r = run.go();
        long cpu = cpuNanos(app) - cpuBefore;
        long[] l = r.latenciesNanos();
        System.out.printf(Locale.ROOT, "%-22s %,8.0f responses/s  (%,d in %.1f s)  latency ms: p50 %.1f  p90 %.1f  p99 %.1f"
                + "  max %.1f  errors %d%s%s%n", name, r.responses() / r.seconds(), r.responses(), r.seconds(),
                percentile(l, 0.50), percentile(l, 0.90), percentile(l, 0.99), l.length == 0 ? 0 : l[l.length - 1] / 1e6,
                r.errors(), app == null ? "" : String.format(Locale.ROOT, "  server CPU %.2f ms/response",
                        cpu / 1e6 / Math.max(1, r.responses())),
                r.ranOut() ? "  (ran out of codes: raise -Dbench.codes)" : "");
    }

    private static long cpuNanos(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /**
     * A minimal HTTP/1.1 client on one keep-alive connection, so the measuring costs little of the CPU
     * the app under test shares with it.
     */
    static final class Http implements AutoCloseable {

        private static final String SESSION_COOKIE = "selving-session";

        record Reply(int status, String body) {
        }

        private final URI base;
        /** The session cookie once signed in, sent with every request. */
        private String session;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Http(URI base) {
            this.base = base;
        }

        Reply send(String method, String path, String body) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 8192);
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            // JSON even without a body: a signed-in request that changes something must say so (ApiCsrfGuard)
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + (method.equals("GET") ? "" : "Content-Type: application/json\r\n")
                    + (session == null ? "" : "Cookie: " + SESSION_COOKIE + "=" + session + "\r\n")
                    + "Content-Length: " + content.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String statusLine = readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = 0;
            boolean chunked = false;
            boolean close = false;
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                } else if (lower.startsWith("set-cookie: " + SESSION_COOKIE + "=")) {
                    session = line.substring(line.indexOf('=') + 1).split(";", 2)[0];
                }
            }
            byte[] reply = chunked ? readChunks() : in.readNBytes(length);
            if (close) {
                close();
            }
            return new Reply(status, new String(reply, StandardCharsets.UTF_8));
        }

        /** The session cookie's value once signed in. */
        String session() {
            return session;
        }

        /** Signs in through POST /api/session; later requests carry the session cookie. */
        void signIn(String email, String password) throws IOException {
            post("/api/session", JSON.createObjectNode().put("email", email).put("password", password).toString(), 200);
        }

        String post(String path, String body, int expected) throws IOException {
            Reply reply = send("POST", path, body);
            if (reply.status() != expected) {
                throw new IllegalStateException("POST " + path + " answered " + reply.status() + ": " + reply.body());
            }
            return reply.body();
        }

        String get(String path) throws IOException {
            Reply reply = send("GET", path, "");
            if (reply.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + reply.status() + ": " + reply.body());
            }
            return reply.body();
        }

        private byte[] readChunks() throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (int size = Integer.parseInt(readLine().trim(), 16); size > 0; size = Integer.parseInt(readLine().trim(), 16)) {
                body.write(in.readNBytes(size));
                readLine();
            }
            readLine();
            return body.toByteArray();
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }
}
