package org.selving.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.selving.operations.DatabaseSchema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The presenter screens that watch live sessions, kept up to date by Server-Sent Events. Per session,
 * every screen in a language gets the same message: when a session changes, its state is read once,
 * its figures computed and rendered once per step of k (and language), and the same text is sent to
 * every screen, so an update costs the same whether one screen watches or fifty.
 * <p>
 * A change is noticed at once when this instance made it ({@link #changed}, after the commit), and
 * within a second otherwise: one query a second reads the version of every running session, so an
 * answer taken by another instance on the same database moves these screens too. The same query
 * counts the running sessions for the {@code selving.workshop.sessions} gauge.
 */
@ApplicationScoped
public class LiveRooms {

    private static final Logger LOG = Logger.getLogger(LiveRooms.class);
    /** Screens hear from their session at least this often, so that proxies keep the stream open. */
    private static final long HEARTBEAT_NANOS = 15_000_000_000L;

    @Inject
    RoomScreens screens;

    @Inject
    ScreenRendering rendering;

    @Inject
    MeterRegistry registry;

    @Inject
    ObjectMapper json;

    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
    /** Refreshes run here, off the request that made the change: an answer is acknowledged without waiting for the screens. */
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "live-rooms");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int running;

    @PostConstruct
    void registerGauge() {
        Gauge.builder("selving.workshop.sessions", this, rooms -> rooms.running)
                .description("Live workshop sessions running (started and not yet ended), on the whole database")
                .register(registry);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
        rooms.values().forEach(Room::completeAll);
    }

    /**
     * The messages for one screen: at once the session as it stands, then every change. Each message
     * is a JSON object: {@code version}, {@code phase}, {@code count} (in words), and {@code results}
     * (the screen's part that shows figures, as HTML) when it changed.
     */
    public Multi<String> watch(long sessionId, String language) {
        Room room = rooms.computeIfAbsent(sessionId, Room::new);
        return Multi.createFrom().emitter(emitter -> room.add(language, emitter));
    }

    /** This instance changed the session (and committed): its screens follow now. */
    public void changed(long sessionId) {
        Room room = rooms.get(sessionId);
        if (room != null) {
            room.scheduleRefresh();
        }
    }

    /** The running sessions' versions, for changes made elsewhere, and the gauge. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseSchema.IfNotReady.class)
    void poll() {
        Map<Long, Integer> versions = screens.runningVersions();
        running = versions.size();
        long now = System.nanoTime();
        for (Room room : rooms.values()) {
            Integer version = versions.get(room.sessionId);
            if (version == null || version != room.version) {
                room.scheduleRefresh();
            } else if (now - room.lastSent > HEARTBEAT_NANOS) {
                room.heartbeat();
            }
        }
    }

    /** How many screens watch the session now (for tests and the benchmark's sanity). */
    int screens(long sessionId) {
        Room room = rooms.get(sessionId);
        return room == null ? 0 : room.screenCount();
    }

    /** One session's screens and what they were last sent. */
    private final class Room {

        final long sessionId;
        private final Map<String, Set<MultiEmitter<? super String>>> screensByLanguage = new HashMap<>();
        private final AtomicBoolean refreshPending = new AtomicBoolean();
        /** What each language's screens were last sent, whole (results included), for screens that join. */
        private final Map<String, String> latest = new HashMap<>();
        /** The results part each language was last rendered with, and the step it shows. */
        private final Map<String, String> results = new HashMap<>();
        private RoomScreens.Step step;
        volatile int version = -1;
        volatile long lastSent = System.nanoTime();

        Room(long sessionId) {
            this.sessionId = sessionId;
        }

        synchronized void add(String language, MultiEmitter<? super String> emitter) {
            Set<MultiEmitter<? super String>> screens = screensByLanguage.computeIfAbsent(language,
                    l -> ConcurrentHashMap.newKeySet());
            try {
                if (!latest.containsKey(language)) {
                    refresh();
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Live session %d: the screen could not be brought up to date", sessionId);
            }
            screens.add(emitter);
            emitter.onTermination(() -> remove(language, emitter));
            String whole = latest.get(language);
            if (whole != null) {
                emitter.emit(whole);
            }
        }

        private synchronized void remove(String language, MultiEmitter<? super String> emitter) {
            Set<MultiEmitter<? super String>> screens = screensByLanguage.get(language);
            if (screens != null) {
                screens.remove(emitter);
                if (screens.isEmpty()) {
                    screensByLanguage.remove(language);
                    latest.remove(language);
                    results.remove(language);
                }
            }
            if (screensByLanguage.isEmpty()) {
                rooms.remove(sessionId, this);
            }
        }

        synchronized int screenCount() {
            return screensByLanguage.values().stream().mapToInt(Set::size).sum();
        }

        /** Coalesces: however many changes arrive while a refresh waits, one refresh runs. */
        void scheduleRefresh() {
            if (refreshPending.compareAndSet(false, true)) {
                refresher.execute(() -> {
                    refreshPending.set(false);
                    try {
                        refresh();
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "Live session %d: its screens could not be updated", sessionId);
                    }
                });
            }
        }

        /** Reads the session once; renders its results once per language if its step moved; sends. */
        private synchronized void refresh() {
            RoomScreens.Room room = screens.room(sessionId).orElse(null);
            if (room == null) {
                completeAll();
                return;
            }
            RoomScreens.Step now = RoomScreens.Step.of(room);
            boolean moved = !now.equals(step);
            step = now;
            version = room.version();
            for (Map.Entry<String, List<MultiEmitter<? super String>>> screens : snapshot().entrySet()) {
                String language = screens.getKey();
                boolean render = moved || !results.containsKey(language);
                if (render) {
                    results.put(language, rendering.results(room, language));
                }
                latest.put(language, message(room, language, results.get(language)));
                String message = render ? latest.get(language) : message(room, language, null);
                screens.getValue().forEach(emitter -> emitter.emit(message));
            }
            lastSent = System.nanoTime();
            if (room.phase() == WorkshopPhase.ENDED) {
                completeAll();
            }
        }

        synchronized void heartbeat() {
            lastSent = System.nanoTime();
            snapshot().forEach((language, screens) -> {
                String whole = latest.get(language);
                if (whole != null) {
                    String beat = countOnly(whole);
                    screens.forEach(emitter -> emitter.emit(beat));
                }
            });
        }

        private String message(RoomScreens.Room room, String language, String resultsHtml) {
            ObjectNode message = json.createObjectNode();
            message.put("version", room.version());
            message.put("phase", room.phase().name());
            message.put("count", rendering.count(room, language));
            if (resultsHtml != null) {
                message.put("results", resultsHtml);
            }
            return message.toString();
        }

        private String countOnly(String whole) {
            try {
                ObjectNode message = (ObjectNode) json.readTree(whole);
                message.remove("results");
                return message.toString();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized void completeAll() {
            snapshot().values().forEach(screens -> screens.forEach(MultiEmitter::complete));
        }

        /** The screens by language as they are now: sending may end a screen, which changes the sets. */
        private Map<String, List<MultiEmitter<? super String>>> snapshot() {
            Map<String, List<MultiEmitter<? super String>>> copy = new HashMap<>();
            screensByLanguage.forEach((language, screens) -> copy.put(language, List.copyOf(screens)));
            return copy;
        }
    }
}
