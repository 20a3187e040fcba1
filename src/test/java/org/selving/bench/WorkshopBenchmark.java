package org.selving.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.selving.testing.Api;
import org.selving.testing.PackagedApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many live rooms at once on one server: {@code bench.sessions} (50) sessions of one assessment, each with
 * {@code bench.screens} (1) presenter streams connected and {@code bench.participants} (40) phones that join,
 * then answer at random moments over {@code bench.workshopSeconds} (60). It prints how long an answer's update
 * takes to reach the screens (from the answer's 201 to the stream message that counts it; and for the
 * answers that complete a step of k, to the message that brings the new figures), the server's CPU per
 * answer and per message sent, and the server's heap as its metrics report it. Run it with 1 and then
 * 4 screens a session to see that an update costs the same whatever the number of screens.
 *
 * <pre>
 * mvn -Pbench -DskipTests verify -Dbench=workshop   (-Dbench.screens=4 -Dbench.workshopSeconds=60)
 * </pre>
 */
public final class WorkshopBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 50);
    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 40);
    private static final int SCREENS = Integer.getInteger("bench.screens", 1);
    private static final int SECONDS = Integer.getInteger("bench.workshopSeconds", 60);
    private static final int K = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNT = Pattern.compile("\"count\":\"(\\d+) answers\"");

    private WorkshopBenchmark() {
    }

    public static void run() {
        try {
            Path workDir = Files.createTempDirectory("selving-workshop");
            List<String> options = new ArrayList<>(List.of("-Dselving.sample.enabled=false"));
            String appOptions = System.getProperty("bench.appOptions", "");
            if (!appOptions.isBlank()) {
                options.addAll(List.of(appOptions.trim().split("\\s+")));
            }
            try (PackagedApp app = new PackagedApp(workDir, options.toArray(String[]::new))) {
                app.start();
                System.out.println("Packaged app in " + workDir + " " + options);
                measure(URI.create(app.baseUrl()), URI.create(app.managementUrl()), app.process());
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

    /** One room: its screens' messages (arrival time and count), and its answers' 201s in order. */
    static final class Room {
        final long id;
        final String code;
        final List<String> tickets = new ArrayList<>();
        /** Per message: [time received (ns), count, 1 if it brought figures]. */
        final ConcurrentLinkedQueue<long[]> messages = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();

        Room(long id, String code) {
            this.id = id;
            this.code = code;
        }
    }

    static void measure(URI base, URI management, ProcessHandle app) throws IOException, InterruptedException {
        IngestBenchmark.Http admin = new IngestBenchmark.Http(base);
        admin.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        String session = signInCookie(base);
        long org = id(admin.post("/api/organizations", "{\"name\": \"Workshop benchmark\"}", 201));
        long assessment = id(admin.post("/api/organizations/" + org + "/assessments",
                "{\"instrument\": \"selving\", \"title\": \"Rooms\", \"minGroupSize\": " + K + "}", 201));
        admin.post("/api/assessments/" + assessment + "/open", "", 200);
        JsonNode questionnaire = JSON.readTree(admin.get("/api/assessments/" + assessment + "/questionnaire"));
        List<IngestBenchmark.Scale> items = new ArrayList<>();
        questionnaire.get("dimensions").forEach(d -> d.get("items").forEach(item -> items.add(scale(questionnaire, item))));
        questionnaire.get("outcomes").forEach(item -> items.add(scale(questionnaire, item)));

        List<Room> rooms = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            long unit = id(admin.post("/api/organizations/" + org + "/units", "{\"name\": \"Room " + s + "\"}", 201));
            JsonNode started = JSON.readTree(admin.post("/api/assessments/" + assessment + "/workshops",
                    "{\"unitId\": " + unit + "}", 201));
            rooms.add(new Room(started.get("id").asLong(), started.get("joinCode").asText()));
        }
        admin.close();
        try (IngestBenchmark.Http phone = new IngestBenchmark.Http(base)) {
            for (Room room : rooms) {
                for (int p = 0; p < PARTICIPANTS; p++) {
                    room.tickets.add(JSON.readTree(phone.post("/api/workshops/join", "{\"code\": \"" + room.code + "\"}",
                            201)).get("ticket").asText());
                }
            }
        }

        HttpClient streams = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        CountDownLatch connected = new CountDownLatch(SESSIONS * SCREENS);
        List<Thread> readers = new ArrayList<>();
        for (Room room : rooms) {
            for (int screen = 0; screen < SCREENS; screen++) {
                boolean recording = screen == 0;
                Thread reader = new Thread(() -> follow(streams, base, session, room, recording, connected));
                reader.setDaemon(true);
                reader.start();
                readers.add(reader);
            }
        }
        connected.await(60, TimeUnit.SECONDS);
        Thread.sleep(2000);
        System.out.printf(Locale.ROOT, "%d sessions x %d participants, %d presenter stream(s) each, answers spread over"
                + " %d s, k = %d, against %s%n", SESSIONS, PARTICIPANTS, SCREENS, SECONDS, K, base);

        AtomicLong peakHeap = new AtomicLong();
        AtomicInteger gauge = new AtomicInteger(-1);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sampleMetrics(management, peakHeap, gauge), 0, 1, TimeUnit.SECONDS);

        long cpuBefore = cpuNanos(app);
        long messagesBefore = rooms.stream().mapToLong(r -> r.messages.size()).sum();
        ScheduledExecutorService phones = Executors.newScheduledThreadPool(32);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        SplittableRandom random = new SplittableRandom(42);
        long start = System.nanoTime();
        List<java.util.concurrent.ScheduledFuture<?>> pending = new ArrayList<>();
        ThreadLocal<IngestBenchmark.Http> clients = ThreadLocal.withInitial(() -> new IngestBenchmark.Http(base));
        for (Room room : rooms) {
            for (String ticket : room.tickets) {
                long at = (long) (random.nextDouble() * SECONDS * 1_000_000_000L);
                String body = "{\"ticket\": \"" + ticket + "\", \"round\": \"now\", "
                        + IngestBenchmark.answers(random.split(), items) + "}";
                pending.add(phones.schedule(() -> {
                    try {
                        int status = clients.get().send("POST", "/api/workshops/answers", body).status();
                        if (status == 201) {
                            room.acknowledged.add(System.nanoTime());
                            answered.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }, at, TimeUnit.NANOSECONDS));
            }
        }
        for (var task : pending) {
            try {
                task.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        Thread.sleep(3000);
        double elapsed = (System.nanoTime() - start) / 1e9 - 3;
        long cpu = cpuNanos(app) - cpuBefore;
        phones.shutdownNow();
        sampler.shutdownNow();
        long messages = rooms.stream().mapToLong(r -> r.messages.size()).sum() - messagesBefore;

        List<Long> countLatencies = new ArrayList<>();
        List<Long> stepLatencies = new ArrayList<>();
        for (Room room : rooms) {
            List<Long> acks = new ArrayList<>(room.acknowledged);
            acks.sort(Long::compare);
            List<long[]> seen = new ArrayList<>(room.messages);
            for (int i = 0; i < acks.size(); i++) {
                int position = i + 1;
                long ack = acks.get(i);
                long counted = firstAt(seen, position, false);
                if (counted > 0) {
                    countLatencies.add(Math.max(0, counted - ack));
                }
                if (position % K == 0 && position >= 2 * K) {
                    long figures = firstAt(seen, position, true);
                    if (figures > 0) {
                        stepLatencies.add(Math.max(0, figures - ack));
                    }
                }
            }
        }
        long[] counts = countLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] steps = stepLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "answers: %,d in %.1f s (%.1f/s), errors %d; gauge selving_workshop_sessions = %d%n",
                answered.get(), elapsed, answered.get() / elapsed, errors.get(), gauge.get());
        System.out.printf(Locale.ROOT, "201 to the screen's count:        p50 %.1f ms  p99 %.1f ms  max %.1f ms  (%,d answers)%n",
                percentile(counts, 0.5), percentile(counts, 0.99), counts.length == 0 ? 0 : counts[counts.length - 1] / 1e6,
                counts.length);
        System.out.printf(Locale.ROOT, "201 to the screen's new figures:  p50 %.1f ms  p99 %.1f ms  max %.1f ms  (%,d steps of k)%n",
                percentile(steps, 0.5), percentile(steps, 0.99), steps.length == 0 ? 0 : steps[steps.length - 1] / 1e6,
                steps.length);
        System.out.printf(Locale.ROOT, "server CPU: %.2f ms per answer (its storing, its update and its messages), %.3f ms"
                + " per stream message sent (%,d messages); heap used at most %d MiB (jvm_memory_used_bytes, heap)%n",
                cpu / 1e6 / Math.max(1, answered.get()), cpu / 1e6 / Math.max(1, messages * SCREENS), messages * SCREENS,
                peakHeap.get() >> 20);
        readers.forEach(Thread::interrupt);
    }

    /** When the screen first showed at least this many answers (with new figures, when asked), 0 if never. */
    private static long firstAt(List<long[]> messages, int count, boolean figures) {
        for (long[] message : messages) {
            if (message[1] >= count && (!figures || message[2] == 1)) {
                return message[0];
            }
        }
        return 0;
    }

    private static void follow(HttpClient client, URI base, String session, Room room, boolean recording,
            CountDownLatch connected) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(base.resolve("/api/workshops/"
                    + room.id + "/events?lang=en")).header("Cookie", "selving-session=" + session).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            connected.countDown();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (recording && line.startsWith("data:")) {
                        Matcher count = COUNT.matcher(line);
                        if (count.find()) {
                            room.messages.add(new long[] {System.nanoTime(), Integer.parseInt(count.group(1)),
                                    line.contains("\"results\"") ? 1 : 0});
                        }
                    }
                }
            }
        } catch (IOException closedWhenTheRunEnds) {
            // the benchmark is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The heap in use (the JVM's metrics, summed over its pools) and the live-session gauge. */
    private static void sampleMetrics(URI management, AtomicLong peakHeap, AtomicInteger gauge) {
        try {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(management.resolve("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long heap = 0;
            for (String line : metrics.lines().toList()) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                } else if (line.startsWith("selving_workshop_sessions")) {
                    gauge.set((int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
            long sampled = heap;
            peakHeap.accumulateAndGet(sampled, Math::max);
        } catch (IOException e) {
            // a missed sample
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String signInCookie(URI base) throws IOException {
        IngestBenchmark.Http http = new IngestBenchmark.Http(base);
        http.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        String cookie = http.session();
        http.close();
        return cookie;
    }

    private static IngestBenchmark.Scale scale(JsonNode questionnaire, JsonNode item) {
        JsonNode scale = questionnaire.get("scales").get(item.get("scale").asText());
        return new IngestBenchmark.Scale(item.get("key").asText(), scale.get("min").asInt(), scale.get("max").asInt());
    }

    private static long id(String json) throws IOException {
        return JSON.readTree(json).get("id").asLong();
    }

    private static long cpuNanos(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
