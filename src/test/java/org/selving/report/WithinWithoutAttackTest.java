package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createMirrorAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.response.ResponseStore;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Someone who reads every report of an internal assessment (every unit, segment and level) and of
 * its mirror, and wants to learn what a small group of outsiders answered: the within/without
 * sections add no equation that singles out fewer than k outsiders, whichever k is the larger, and
 * watching an open mirror through the internal report shows nothing of one new outsider.
 */
@QuarkusTest
class WithinWithoutAttackTest {

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    private Instrument selving() {
        return catalog.find("selving").orElseThrow();
    }

    private Instrument mirrorQuestionnaire() {
        return catalog.find("selving_mirror").orElseThrow();
    }

    /** An organization of a division with two teams and a top-level unit, staff answering in each. */
    private record Organization(long org, long operations, long warehouse, long maintenance, long services,
            long internal) {
    }

    private Organization organization(String name, String internalSettings, int seed) {
        long org = createOrganization(name);
        long operations = createUnit(org, "Operations", null);
        long warehouse = createUnit(org, "Warehouse", operations);
        long maintenance = createUnit(org, "Maintenance", operations);
        long services = createUnit(org, "Services", null);
        long internal = createAssessment(org, internalSettings);
        open(internal);
        // staff, and managers where the assessment asks (segment 0 otherwise)
        int staff = internalSettings.contains("segmentQuestion") ? 1 : 0;
        int managers = staff == 0 ? 0 : 2;
        new Respondents(store, selving(), internal, seed).add(warehouse, staff, 10, 0).add(warehouse, managers, 4, 0)
                .add(maintenance, staff, 7, -0.5).add(services, staff, 12, 0.3).add(services, managers, 5, 0.3);
        close(internal);
        return new Organization(org, operations, warehouse, maintenance, services, internal);
    }

    @Test
    void aSmallGroupOfOutsidersCannotBeWorkedOutFromTheSectionsAndTheMirrorsReports() {
        Organization o = organization("Attack within: small outsiders", "\"segmentQuestion\": " + SEGMENT_QUESTION, 21);
        long mirror = createMirrorAssessment(o.org(), o.internal(), "\"segmentQuestion\": "
                + WithinWithoutData.OUTSIDER_SEGMENTS);
        open(mirror);
        Respondents outsiders = new Respondents(store, mirrorQuestionnaire(), mirror, 22).add(o.warehouse(), 1, 10, 0)
                .add(o.warehouse(), 2, 2, -1).add(o.maintenance(), 1, 3, -1.5).add(o.services(), 1, 12, 0.2)
                .add(o.services(), 2, 6, 0.4);
        close(mirror);

        Attacker attacker = outsiders.attackedBy(new Attacker(o.org(), mirror).withItemSums());
        WithinWithoutReader sections = new WithinWithoutReader(attacker, o.internal()).readEverything();
        assertTrue(sections.requests() > 20, "reports read: " + sections.requests());
        int maintenance = attacker.node(o.maintenance());
        int warehouse = attacker.node(o.warehouse());
        assertCannotWorkOut(attacker, attacker.groups(maintenance, 0), "Maintenance's 3 outsiders");
        assertCannotWorkOut(attacker, attacker.groups(warehouse, 2), "Warehouse's 2 partners");
        assertCannotWorkOut(attacker, concat(attacker.groups(maintenance, 0), attacker.groups(warehouse, 2)),
                "both together (5, but each below k)");
        // not toothless: the sections do say how many outsiders the organization has, and their sums
        assertEquals(33, attacker.solve("respondents", attacker.groups(0, 0)), 1e-6);
        assertNotNull(attacker.solve("dimension openness sum", attacker.groups(0, 0)));
    }

    /**
     * The mirror's k (3) lets its own report show 4 outsiders of a team; the internal report's k (6)
     * holds for everything its section shows. Read alone, the sections single out no group below 6.
     */
    @Test
    void theSectionsAloneNeverShowFewerOutsidersThanTheInternalReportsK() {
        Organization o = organization("Attack within: two k", "\"minGroupSize\": 6", 23);
        long mirror = createMirrorAssessment(o.org(), o.internal(), "\"minGroupSize\": 3");
        open(mirror);
        Respondents outsiders = new Respondents(store, mirrorQuestionnaire(), mirror, 24).add(o.warehouse(), 0, 4, 0)
                .add(o.maintenance(), 0, 8, 0).add(o.services(), 0, 9, 0);
        close(mirror);
        asAdmin().get("/api/assessments/" + mirror + "/report?unit=" + o.warehouse()).then().statusCode(200);

        Attacker attacker = new Attacker(o.org(), mirror).withItemSums();
        attacker.knowingEmptyGroups(outsiders.perGroup(attacker));
        new WithinWithoutReader(attacker, o.internal()).readEverything();
        long[] truth = outsiders.perGroup(attacker);
        int checked = 0;
        for (int node = 0; node < attacker.unitIds().size(); node++) {
            int[] groups = attacker.groups(node, 0);
            long n = Arrays.stream(groups).mapToLong(g -> truth[g]).sum();
            if (n > 0 && n < 6) {
                assertCannotWorkOut(attacker, groups, "a group of " + n + " outsiders");
                checked++;
            }
        }
        assertEquals(1, checked, "Warehouse's 4 outsiders");
        assertEquals(21, attacker.solve("respondents", attacker.groups(0, 0)), 1e-6);
    }

    /**
     * While the mirror is open, the internal report's section shows the mirror's interim release:
     * whole organization only, in steps of the mirror's k, k behind. Reading it after each new
     * outsider shows nothing of that outsider.
     */
    @Test
    void watchingAnOpenMirrorThroughTheInternalReportTellsNothingAboutOneNewOutsider() {
        Organization o = organization("Attack within: watching", "", 25);
        long mirror = createMirrorAssessment(o.org(), o.internal(), "");
        open(mirror);
        Respondents outsiders = new Respondents(store, mirrorQuestionnaire(), mirror, 26);
        List<String> sections = new ArrayList<>();
        List<Long> basis = new ArrayList<>();
        for (int n = 1; n <= 16; n++) {
            outsiders.add(o.services(), 0, 1, 0);
            JsonPath report = asAdmin().get("/api/assessments/" + o.internal() + "/report").then().statusCode(200)
                    .extract().jsonPath();
            sections.add(String.valueOf(report.<Object>get("withinWithout")));
            basis.add(report.getBoolean("withinWithout.available")
                    ? report.getLong("withinWithout.value.mirror.responses") : 0L);
        }
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L, 5L, 5L, 5L, 5L, 10L, 10L), basis);
        for (int i = 1; i < sections.size(); i++) {
            if (basis.get(i).equals(basis.get(i - 1))) {
                assertEquals(sections.get(i - 1), sections.get(i), "the section moved with one more outsider");
            }
        }
        assertEquals("MIRROR_INTERIM", asAdmin().get("/api/assessments/" + o.internal() + "/report?unit=" + o.services())
                .then().extract().jsonPath().getString("withinWithout.unavailable"));
    }

    private static void assertCannotWorkOut(Attacker attacker, int[] target, String what) {
        attacker.assertCannotWorkOut(target, what, 20);
    }

    private static int[] concat(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
    }
}
