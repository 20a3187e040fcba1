package org.selving.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.client;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
import static org.selving.testing.Api.open;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.selving.report.LinearAttack;
import org.selving.security.SessionCookie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The presenter as an attacker. It sits in the room and sees everyone answer, so it knows each
 * person's arrival and, at worst, their unit and segment; it watches the presenter screen's stream
 * (every message), reads the screen's page and figures after every answer, reads the debrief, and
 * once the assessment closes reads every report of every unit and segment. Every figure it got
 * becomes an equation over the people it adds up; then it tries to work out any one person's answers
 * (each dimension's score, each item's answer counts) or any two people's together (k = 3).
 * <p>
 * The room is built where a naive screen leaks: three senior leaders answer first (the screen's first
 * step is exactly them), one more later, a few people of the room's unit answer with codes. The
 * attacker is shown not to be toothless: had the screen shown the room's senior leaders, it would
 * work out the fourth leader's answers exactly.
 */
@QuarkusTest
class WorkshopAttackTest {

    private static final int K = 3;
    /** Segments of the shared segment question: 1 staff, 2 manager, 3 senior leader. */
    private static final int STAFF = 1;
    private static final int MANAGER = 2;
    private static final int SENIOR = 3;
    private static final String[] SEGMENT_KEYS = {"", "staff", "manager", "senior"};
    private static final List<String> ITEMS = List.of("know_purpose", "know_values_shared", "safe_unpopular",
            "safe_mistakes", "regard_colleagues", "kt_newcomers");
    private static final List<String> DIMENSIONS = List.of("knowing_ourselves", "safety_to_speak", "mutual_regard",
            "knowledge_transmission");

    /** Someone who answered: where, in which segment, in the room or not, and what. */
    record Person(long unit, int segment, boolean inRoom, int[] answers) {
    }

    private final List<Person> people = new ArrayList<>();
    /** Per figure: the equations (sets of people) and the values the attacker read. */
    private final Map<String, List<int[]>> rows = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    @Test
    void aPresenterWhoWatchesEverythingCannotWorkOutAnyonesAnswers() throws Exception {
        long org = createOrganization("Attack: live room");
        long roomUnit = createUnit(org, "Workshop team", null);
        long others = createUnit(org, "Others", null);
        long assessment = createAssessment(org, "\"minGroupSize\": " + K + ", \"commentThreshold\": " + K
                + ", \"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
        List<String> roomUnitCodes = issueCodes(assessment, roomUnit, 4);
        List<String> othersCodes = issueCodes(assessment, others, 6);
        JsonPath started = Rooms.start(assessment, roomUnit);
        long session = started.getLong("id");
        String joinCode = started.getString("joinCode");

        List<String> stream = watch(session);
        SplittableRandom random = new SplittableRandom(20260);
        // four of the room's unit and six others answer with codes, some before the room, some during
        for (int i = 0; i < 5; i++) {
            answerWithCode(i < 2 ? roomUnitCodes.get(i) : othersCodes.get(i - 2), i < 2 ? roomUnit : others,
                    i % 2 == 0 ? STAFF : MANAGER, random);
        }
        int[] roomSegments = {SENIOR, SENIOR, SENIOR, STAFF, STAFF, STAFF, SENIOR, STAFF, MANAGER, STAFF};
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < roomSegments.length; i++) {
            String ticket = Rooms.join(joinCode);
            tickets.add(ticket);
            int[] answers = answers(random, roomSegments[i] == SENIOR ? 4 : 2);
            people.add(new Person(roomUnit, roomSegments[i], true, answers));
            assertEquals(201, Rooms.answer(ticket, "now", json(answers) + ", \"segment\": \""
                    + SEGMENT_KEYS[roomSegments[i]] + "\""));
            if (i == 4) {
                answerWithCode(roomUnitCodes.get(2), roomUnit, MANAGER, random);
            }
            readScreen(session, roomRoster());
        }
        answerWithCode(roomUnitCodes.get(3), roomUnit, STAFF, random);
        for (int i = 3; i < 6; i++) {
            answerWithCode(othersCodes.get(i), others, i % 2 == 0 ? STAFF : MANAGER, random);
        }

        Rooms.control(session, "close-round");
        asAdmin().body("{\"revealed\": [\"*\"], \"gapShown\": true}").put("/api/workshops/" + session + "/screen")
                .then().statusCode(200);
        JsonPath complete = readScreen(session, roomRoster());
        List<Boolean> segmentsShown = complete.getList("now.value.segments.value.columns.figures.shown");
        assertEquals(List.of(false, false, false), segmentsShown,
                "the first step is the three senior leaders and one more came later: no segment of this room is safe");
        // the second round, kept apart (its own people: the answers are other numbers)
        Rooms.control(session, "aim");
        for (String ticket : tickets.subList(0, 7)) {
            assertEquals(201, Rooms.answer(ticket, "aim", json(answers(random, 5))));
            readScreen(session, roomRoster());
        }
        Rooms.control(session, "close-aim");
        Rooms.control(session, "end");
        readFigures(asAdmin().get("/api/workshops/" + session + "/debrief").then().statusCode(200).extract().jsonPath(),
                "now.value", roomRoster());
        close(assessment);
        readReports(assessment, org, roomUnit, others, new boolean[] {false, false, false, false});
        checkStream(stream, roomSegments.length);

        int[] everybody = java.util.stream.IntStream.range(0, people.size()).toArray();
        for (String figure : rows.keySet()) {
            LinearAttack attack = attack(figure);
            for (int p : everybody) {
                assertNull(attack.solve(new int[] {p}), figure + " of person " + p + " " + people.get(p) + " follows");
                for (int q = p + 1; q < people.size(); q++) {
                    assertFalse(attack.derives(new int[] {p, q}), figure + " of people " + p + " and " + q + " follows");
                }
            }
        }
        // not toothless: the room as a whole follows, and so would the fourth senior leader, had the screen shown
        // the room's senior leaders (the first step is exactly the other three)
        String knowing = "sum knowing_ourselves";
        assertNotNull(attack(knowing).solve(roomRoster()));
        int fourthLeader = roomRoster()[6];
        assertEquals(SENIOR, people.get(fourthLeader).segment());
        publish(knowing, members(p -> people.get(p).inRoom() && people.get(p).segment() == SENIOR),
                sum(p -> people.get(p).inRoom() && people.get(p).segment() == SENIOR, "knowing_ourselves"));
        Double worked = attack(knowing).solve(new int[] {fourthLeader});
        assertNotNull(worked, "with the senior leaders' column the fourth leader would follow");
        assertEquals(score(people.get(fourthLeader), "knowing_ourselves"), worked, 1e-6);
    }

    // ---- what happens in the room

    private void answerWithCode(String code, long unit, int segment, SplittableRandom random) {
        int[] answers = answers(random, 3);
        people.add(new Person(unit, segment, false, answers));
        client().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", " + json(answers) + ", \"segment\": \""
                + SEGMENT_KEYS[segment] + "\"}").post("/api/responses").then().statusCode(201);
    }

    /** Answers around a centre, 1 to 5, to the few items of the test. */
    private static int[] answers(SplittableRandom random, int centre) {
        int[] answers = new int[ITEMS.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = Math.max(1, Math.min(5, centre + random.nextInt(3) - 1));
        }
        return answers;
    }

    private static String json(int[] answers) {
        StringBuilder json = new StringBuilder("\"answers\": {");
        for (int i = 0; i < answers.length; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(ITEMS.get(i)).append("\": ").append(answers[i]);
        }
        return json.append('}').toString();
    }

    /** The people of the room, in the order they answered (the attacker saw them). */
    private int[] roomRoster() {
        return members(p -> people.get(p).inRoom());
    }

    // ---- what the attacker reads

    /** The screen's figures now: the first answers of the room the step rule shows, then all of them. */
    private JsonPath readScreen(long session, int[] roomInOrder) {
        JsonPath results = Rooms.results(session);
        String screenPage = asAdmin().accept(ContentType.HTML).get("/workshops/" + session).then().statusCode(200)
                .extract().asString();
        int shown = results.getInt("shownAnswers");
        assertTrue(shown % K == 0 || "RESULTS".equals(results.getString("session.phase")) || shown == roomInOrder.length);
        if (shown > 0) {
            assertTrue(screenPage.contains(shown == roomInOrder.length && !"ANSWERING".equals(results.getString(
                    "session.phase")) ? "All " + shown + " answers" : "Showing the first " + shown + " answers"));
            readFigures(results, "now.value", java.util.Arrays.copyOf(roomInOrder, shown));
        }
        return results;
    }

    /** Every figure of a group (its people given), as the API gives it: counts, dimension sums, item answers. */
    private void readFigures(JsonPath json, String at, int[] members) {
        publish("respondents", members, json.getDouble(at + ".respondents"));
        List<Map<String, Object>> dimensions = json.getList(at + ".dimensions");
        for (int d = 0; d < dimensions.size(); d++) {
            String key = (String) dimensions.get(d).get("key");
            String score = at + ".dimensions[" + d + "].score";
            if (json.getBoolean(score + ".computed")) {
                double n = json.getDouble(score + ".value.n");
                publish("n " + key, members, n);
                publish("sum " + key, members, n * json.getDouble(score + ".value.mean"));
            }
            List<Map<String, Object>> items = json.getList(at + ".dimensions[" + d + "].items");
            for (int i = 0; i < items.size(); i++) {
                for (Map<String, Object> option : json.<Map<String, Object>>getList(at + ".dimensions[" + d + "].items["
                        + i + "].asAnswered")) {
                    publish("item " + items.get(i).get("key") + " answered " + option.get("value"), members,
                            ((Number) option.get("count")).doubleValue());
                }
            }
        }
    }

    /**
     * Every report of the closed assessment the attacker may ask for: the organization, each unit, each
     * segment of each. The report counts a room's people in a segment only where the room showed it
     * ({@code roomShowed}), and the attacker knows which (it saw the screen).
     */
    private void readReports(long assessment, long org, long roomUnit, long others, boolean[] roomShowed) {
        for (Long unit : new Long[] {null, roomUnit, others}) {
            for (int segment = 0; segment <= 3; segment++) {
                var response = asAdmin().get("/api/assessments/" + assessment + "/report?lang=en"
                        + (unit == null ? "" : "&unit=" + unit) + (segment == 0 ? "" : "&segment=" + SEGMENT_KEYS[segment]));
                if (response.statusCode() == 403) {
                    continue;
                }
                JsonPath report = response.then().statusCode(200).extract().jsonPath();
                if (!report.getBoolean("figures.shown")) {
                    continue;
                }
                int s = segment;
                readFigures(report, "figures.value", members(p -> (unit == null || people.get(p).unit() == unit)
                        && (s == 0 || reportSegment(people.get(p), roomShowed) == s)));
            }
        }
    }

    private static int reportSegment(Person person, boolean[] roomShowed) {
        return person.inRoom() && !roomShowed[person.segment()] ? 0 : person.segment();
    }

    /** The presenter screen's stream, every message, as a browser gets it. */
    private static List<String> watch(long session) throws Exception {
        String root = ConfigProvider.getConfig().getValue("test.url", String.class).replaceFirst("/$", "");
        String cookie = org.selving.testing.Api.signIn(org.selving.testing.Api.ADMIN_EMAIL,
                org.selving.testing.Api.ADMIN_PASSWORD);
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root
                + "/api/workshops/" + session + "/events?lang=en")).header("Cookie", SessionCookie.NAME + "=" + cookie)
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<String> messages = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        messages.add(line.substring(5));
                    }
                }
            } catch (java.io.IOException ended) {
                // the stream ends with the session
            }
        });
        reader.setDaemon(true);
        reader.start();
        return messages;
    }

    private static final Pattern STEP = Pattern.compile("Showing the first (\\d+) answers");
    private static final Pattern ALL = Pattern.compile("All (\\d+) answers of the room");

    /**
     * The stream showed nothing the attacker did not also read as figures: while answering, only steps of
     * k at least k behind the count it sent with them; then all the room's answers at once; the room's
     * segments never (none was safe).
     */
    private static void checkStream(List<String> stream, int roomSize) throws InterruptedException {
        for (int wait = 0; wait < 50 && stream.stream().noneMatch(m -> m.contains("\"ENDED\"")); wait++) {
            Thread.sleep(100);
        }
        assertTrue(stream.stream().anyMatch(m -> m.contains("\"ENDED\"")), "the stream followed to the end");
        for (String message : stream) {
            Matcher count = Pattern.compile("\"count\":\"(\\d+) answers\"").matcher(message);
            Matcher step = STEP.matcher(message);
            if (count.find() && step.find()) {
                int shown = Integer.parseInt(step.group(1));
                assertEquals(0, shown % K, message);
                assertTrue(shown <= Integer.parseInt(count.group(1)) - K, "at least k behind: " + message);
            }
            Matcher all = ALL.matcher(message);
            if (all.find()) {
                assertEquals(roomSize, Integer.parseInt(all.group(1)));
            }
            assertFalse(message.contains("The perception gap in the room") && message.contains("<td>4</td>"),
                    "no segment of the room is shown: " + message);
        }
    }

    // ---- the attack

    private int[] members(IntPredicate member) {
        return java.util.stream.IntStream.range(0, people.size()).filter(member).toArray();
    }

    private void publish(String figure, int[] members, double value) {
        rows.computeIfAbsent(figure, f -> new ArrayList<>()).add(members);
        values.computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
    }

    private LinearAttack attack(String figure) {
        LinearAttack attack = new LinearAttack(people.size());
        List<int[]> published = rows.get(figure);
        for (int i = 0; i < published.size(); i++) {
            attack.publishSet(published.get(i), values.get(figure).get(i));
        }
        return attack;
    }

    /** A person's score on a dimension: the mean of the test's items of it that the person answered. */
    private static double score(Person person, String dimension) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            if (dimensionOf(ITEMS.get(i)).equals(dimension)) {
                sum += person.answers()[i];
                n++;
            }
        }
        return sum / n;
    }

    private double sum(IntPredicate member, String dimension) {
        double sum = 0;
        for (int p : members(member)) {
            sum += score(people.get(p), dimension);
        }
        return sum;
    }

    private static String dimensionOf(String item) {
        return item.startsWith("know_") ? DIMENSIONS.get(0) : item.startsWith("safe_") ? DIMENSIONS.get(1)
                : item.startsWith("regard_") ? DIMENSIONS.get(2) : DIMENSIONS.get(3);
    }
}
