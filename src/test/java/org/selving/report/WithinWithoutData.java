package org.selving.report;

import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createMirrorAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentParser;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fixed data of the within/without reference (src/test/resources/reference, 04_within_without*.py):
 * 128 staff answering the selving questionnaire and 63 outsiders answering its mirror, in eight teams
 * (1-4 in one division, 5-8 in another), and what numpy and scipy compute for them.
 */
final class WithinWithoutData {

    /** One respondent: the team (1..8), the segment (0 none, 1 customer, 2 partner), the answers packed in storage order. */
    record Respondent(int team, int segment, byte[] packed) {
    }

    static final int TEAMS = 8;

    /** Customers and partners, in both languages of the mirror questionnaire. */
    static final String OUTSIDER_SEGMENTS = """
            {"text": {"en": "You are", "fr": "Vous êtes"},
             "options": [
               {"key": "customer", "label": {"en": "A customer", "fr": "Client"}},
               {"key": "partner", "label": {"en": "A partner", "fr": "Partenaire"}}]}""";

    /** The data stored in a new organization: two divisions of four teams, both assessments closed. */
    record Reference(long org, long divisionA, long[] teams, long internal, long mirror) {
    }

    /** Creates the organization through the API and stores the staff's and the outsiders' answers. */
    static Reference store(String name, ResponseStore store) {
        long org = createOrganization(name);
        long divisionA = createUnit(org, "Division A", null);
        long divisionB = createUnit(org, "Division B", null);
        long[] teams = new long[TEAMS + 1];
        for (int team = 1; team <= TEAMS; team++) {
            teams[team] = createUnit(org, "Team " + team, team <= 4 ? divisionA : divisionB);
        }
        long internal = createAssessment(org, "");
        open(internal);
        storeAll(store, internal, staff(instrument("selving")), teams);
        close(internal);
        long mirror = createMirrorAssessment(org, internal, "\"segmentQuestion\": " + OUTSIDER_SEGMENTS);
        open(mirror);
        storeAll(store, mirror, outsiders(instrument("selving_mirror")), teams);
        close(mirror);
        return new Reference(org, divisionA, teams, internal, mirror);
    }

    private static void storeAll(ResponseStore store, long assessment, List<Respondent> people, long[] teams) {
        List<StoredResponse> responses = new ArrayList<>();
        for (Respondent person : people) {
            responses.add(new StoredResponse(assessment, teams[person.team()], person.segment(), person.packed(),
                    LocalDate.now(), List.of()));
        }
        QuarkusTransaction.requiringNew().run(() -> store.insert(responses));
    }

    private WithinWithoutData() {
    }

    static Instrument instrument(String key) {
        Path file = Path.of("surveys", key + ".yaml");
        try {
            return new InstrumentParser().parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Respondent> staff(Instrument selving) {
        return read("reference/within_staff.csv", selving, false);
    }

    static List<Respondent> outsiders(Instrument mirror) {
        return read("reference/within_outsiders.csv", mirror, true);
    }

    static JsonNode expected() {
        try (InputStream in = resource("reference/expected_within_without.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers as the CSV gives them (as answered), packed as the store keeps them: value - min + 1, 0 for none. */
    private static List<Respondent> read(String name, Instrument instrument, boolean withSegment) {
        List<Item> items = instrument.items();
        List<String> expectedHeader = new ArrayList<>(withSegment ? List.of("id", "unit", "segment") : List.of("id", "unit"));
        items.forEach(item -> expectedHeader.add(item.key()));
        List<Respondent> respondents = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            if (!header.equals(expectedHeader)) {
                throw new IllegalStateException(name + ": the columns are not the questionnaire's items in storage order: "
                        + header);
            }
            int first = expectedHeader.size() - items.size();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = line.split(",", -1);
                byte[] packed = new byte[items.size()];
                for (int i = 0; i < items.size(); i++) {
                    String field = fields[first + i];
                    ResponseScale scale = instrument.scaleOf(items.get(i));
                    packed[i] = field.isEmpty() ? 0 : (byte) (Integer.parseInt(field) - scale.min() + 1);
                }
                respondents.add(new Respondent(Integer.parseInt(fields[1]), withSegment ? Integer.parseInt(fields[2]) : 0,
                        packed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return respondents;
    }

    private static InputStream resource(String name) {
        InputStream in = WithinWithoutData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return in;
    }
}
