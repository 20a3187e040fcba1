package org.selving.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.issueCodes;
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

/**
 * Attacks on the reports through the real API, on organizations built where withholding only the
 * small group would leak it. For each, the {@link Attacker} reads every report, CSV and export it is
 * allowed to, and tries to work out the hidden group's count, each dimension's sum of scores and
 * each item's answer counts by adding and subtracting every figure it got. Each attack also checks
 * that the attacker is not toothless: a group the rules let through (at least k people) is worked
 * out exactly.
 */
@QuarkusTest
class ReportAttackTest {

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    private Instrument selving() {
        return catalog.find("selving").orElseThrow();
    }

    @Test
    void aSmallTeamBesideAShownSiblingAndAShownParentCannotBeWorkedOut() {
        long org = createOrganization("Attack: small team");
        long operations = createUnit(org, "Operations", null);
        long warehouse = createUnit(org, "Warehouse", operations);
        long maintenance = createUnit(org, "Maintenance", operations);
        long services = createUnit(org, "Services", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        Respondents population = new Respondents(store, selving(), assessment, 1).add(warehouse, 0, 12, 0.2).add(maintenance, 0, 3, -1.5)
                .add(services, 0, 20, 0.4);
        close(assessment);

        Attacker attacker = population.attackedBy(org);
        int maintenanceNode = attacker.node(maintenance);
        assertCannotWorkOut(attacker, attacker.groups(maintenanceNode, 0), "Maintenance (3)");
        // Operations is shown (15), Warehouse is not: it would give Maintenance away.
        assertEquals(15, attacker.solve("respondents", attacker.groups(attacker.node(operations), 0)), 1e-6);
        assertNull(attacker.solve("respondents", attacker.groups(attacker.node(warehouse), 0)));
        // The row export is safe here (no segments): its labels are groups of at least k.
        assertEquals(35, attacker.responseDataRows);
        asAdmin().get("/api/assessments/" + assessment + "/report").then().body("basis.responseData", equalTo(true));
    }

    @Test
    void aSegmentOfTwoInATeamOfNineCannotBeWorkedOut() {
        long org = createOrganization("Attack: small segment");
        long team = createUnit(org, "Team", null);
        long other = createUnit(org, "Other team", null);
        long assessment = createAssessment(org, "\"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
        Respondents population = new Respondents(store, selving(), assessment, 2).add(team, 1, 7, 0.3).add(team, 2, 2, -1.5)
                .add(other, 1, 10, 0).add(other, 2, 8, 0.5).add(other, 3, 6, 0.1);
        close(assessment);

        Attacker attacker = population.attackedBy(org);
        int teamNode = attacker.node(team);
        assertCannotWorkOut(attacker, attacker.groups(teamNode, 2), "the team's 2 managers");
        assertCannotWorkOut(attacker, attacker.groups(teamNode, 1), "the team's staff, which would give the managers");
        assertEquals(9, attacker.solve("respondents", attacker.groups(teamNode, 0)), 1e-6);
        assertEquals(-1, attacker.responseDataRows, "row data would single the managers out by their totals");
        asAdmin().get("/api/assessments/" + assessment + "/report").then().body("basis.responseData", equalTo(false));
    }

    @Test
    void twoSmallTeamsWhoseSumIsStillBelowKCannotBeWorkedOut() {
        long org = createOrganization("Attack: two small teams");
        long division = createUnit(org, "Division", null);
        long a = createUnit(org, "A", division);
        long b = createUnit(org, "B", division);
        long c = createUnit(org, "C", division);
        long elsewhere = createUnit(org, "Elsewhere", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        Respondents population = new Respondents(store, selving(), assessment, 3).add(a, 0, 2, -1).add(b, 0, 2, 1).add(c, 0, 10, 0)
                .add(elsewhere, 0, 20, 0);
        close(assessment);

        Attacker attacker = population.attackedBy(org);
        assertCannotWorkOut(attacker, attacker.groups(attacker.node(a), 0), "A (2)");
        assertCannotWorkOut(attacker, attacker.groups(attacker.node(b), 0), "B (2)");
        assertCannotWorkOut(attacker, concat(attacker.groups(attacker.node(a), 0), attacker.groups(attacker.node(b), 0)),
                "A and B together (4)");
        assertEquals(14, attacker.solve("respondents", attacker.groups(attacker.node(division), 0)), 1e-6);
    }

    @Test
    void aLeakAcrossTwoLevelsIsClosed() {
        long org = createOrganization("Attack: two levels");
        long d1 = createUnit(org, "D1", null);
        long x = createUnit(org, "X", d1);
        long x1 = createUnit(org, "X1", x);
        long x2 = createUnit(org, "X2", x);
        long y = createUnit(org, "Y", d1);
        long y1 = createUnit(org, "Y1", y);
        long y2 = createUnit(org, "Y2", y);
        long d2 = createUnit(org, "D2", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        Respondents population = new Respondents(store, selving(), assessment, 4).add(x1, 0, 2, -1).add(x2, 0, 2, -1).add(y1, 0, 8, 0)
                .add(y2, 0, 8, 0.5).add(d2, 0, 30, 0);
        close(assessment);

        Attacker attacker = population.attackedBy(org);
        assertCannotWorkOut(attacker, attacker.groups(attacker.node(x), 0), "X (4)");
        assertCannotWorkOut(attacker, attacker.groups(attacker.node(x1), 0), "X1 (2)");
        assertEquals(20, attacker.solve("respondents", attacker.groups(attacker.node(d1), 0)), 1e-6);
    }

    @Test
    void responseRatesDoNotGiveAwayHowManyOfASmallTeamAnswered() {
        long org = createOrganization("Attack: response rates");
        long big = createUnit(org, "Big", null);
        long middle = createUnit(org, "Middle", null);
        long small = createUnit(org, "Small", null);
        long assessment = createAssessment(org, "");
        List<String> bigCodes = issueCodes(assessment, big, 15);
        List<String> middleCodes = issueCodes(assessment, middle, 10);
        List<String> smallCodes = issueCodes(assessment, small, 4);
        open(assessment);
        answerWith(bigCodes.subList(0, 12));
        answerWith(middleCodes.subList(0, 8));
        answerWith(smallCodes.subList(0, 3));
        close(assessment);

        Attacker attacker = new Attacker(org, assessment);
        long[] perGroup = new long[attacker.groupCount()];
        perGroup[attacker.node(big)] = 12;
        perGroup[attacker.node(middle)] = 8;
        perGroup[attacker.node(small)] = 3;
        attacker.knowingEmptyGroups(perGroup).readEverything();
        int smallNode = attacker.node(small);
        assertNull(attacker.solve("codes used", attacker.groups(smallNode, 0)), "codes used in Small");
        assertNull(attacker.solve("respondents", attacker.groups(smallNode, 0)), "respondents in Small");
        assertEquals(23, attacker.solve("codes used", attacker.groups(0, 0)), 1e-6);
    }

    /** Everything at once: a sample-like organization with segments. */
    @Test
    void aSampleLikeOrganizationLeaksNoGroupBelowK() {
        SampleLike sample = SampleLike.create("Attack: sample-like", store, selving());
        Attacker attacker = sample.respondents().attackedBy(sample.org());
        int groups = attacker.groupCount();
        int width = attacker.width();
        long[] truth = sample.respondents().perGroup(attacker);
        // Every group an organization chart and a segment question can name: a unit (with all below
        // it, or only its own members), in one segment or all, and any two units of one parent together.
        List<int[]> targets = new ArrayList<>();
        for (int node = 0; node < groups / width; node++) {
            for (int column = 0; column < width; column++) {
                targets.add(attacker.groups(node, column));
                List<Integer> direct = new ArrayList<>();
                for (int s = 0; s < width; s++) {
                    if (column == 0 || s == column) {
                        direct.add(node * width + s);
                    }
                }
                targets.add(direct.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int checked = 0;
        for (int[] target : targets) {
            long n = Arrays.stream(target).mapToLong(g -> truth[g]).sum();
            if (n > 0 && n < 5) {
                assertCannotWorkOut(attacker, target, "a group of " + n + " " + Arrays.toString(target));
                checked++;
            }
        }
        assertTrue(checked >= 10, "small groups checked: " + checked);
        assertEquals(SampleLike.RESPONDENTS, attacker.solve("respondents", attacker.groups(0, 0)), 1e-6);
        assertTrue(attacker.requests() > 50, "the attacker asked " + attacker.requests() + " times");
    }

    /**
     * While an assessment is open its report moves in steps of k responses and stays k behind, so
     * two reports read one response apart are the same, and unit or segment reports are refused.
     */
    @Test
    void watchingAnOpenAssessmentTellsNothingAboutOneNewResponse() {
        long org = createOrganization("Attack: watching");
        long team = createUnit(org, "Team", null);
        long assessment = createAssessment(org, "\"openLink\": true");
        open(assessment);
        Respondents respondents = new Respondents(store, selving(), assessment, 6);
        List<Long> basis = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int n = 1; n <= 17; n++) {
            respondents.add(team, 0, 1, 0);
            String report = asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200)
                    .extract().asString();
            bodies.add(report);
            basis.add(io.restassured.path.json.JsonPath.from(report).getLong("basis.responses"));
        }
        // n = 1..9: nothing yet; 10..14: the first 5; 15..17: the first 10
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L, 5L, 5L, 5L, 5L, 10L, 10L, 10L), basis);
        for (int i = 1; i < bodies.size(); i++) {
            if (basis.get(i).equals(basis.get(i - 1))) {
                assertEquals(bodies.get(i - 1), bodies.get(i), "the report moved with one more response");
            }
        }
        assertFalse(io.restassured.path.json.JsonPath.from(bodies.get(0)).getBoolean("figures.shown"));
        asAdmin().get("/api/assessments/" + assessment + "/report?unit=" + team).then().statusCode(409);
        asAdmin().get("/api/assessments/" + assessment + "/responses.csv").then().statusCode(409);
    }

    /** The report of a unit shows exactly the figures the whole organization's report shows for it. */
    @Test
    void aUnitsReportAndTheOrganizationsAgreeCellForCell() {
        long org = createOrganization("Attack: two views");
        long division = createUnit(org, "Division", null);
        long a = createUnit(org, "A", division);
        long b = createUnit(org, "B", division);
        long small = createUnit(org, "Small", division);
        long other = createUnit(org, "Other", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        new Respondents(store, selving(), assessment, 8).add(a, 0, 9, 0).add(b, 0, 6, 0).add(small, 0, 2, 0)
                .add(other, 0, 12, 0);
        close(assessment);
        var whole = asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200).extract().jsonPath();
        var part = asAdmin().get("/api/assessments/" + assessment + "/report?unit=" + division).then().statusCode(200)
                .extract().jsonPath();
        for (String team : List.of("Division / A", "Division / B", "Division / Small")) {
            String row = "figures.value.heatmap.value.rows.find { it.path == '" + team + "' && !it.others }.figures";
            assertEquals(whole.getString(row + ".withheld"), part.getString(row + ".withheld"), team);
            assertEquals(whole.getString(row + ".value.respondents"), part.getString(row + ".value.respondents"), team);
            assertEquals(whole.getList(row + ".value.cells.index"), part.getList(row + ".value.cells.index"), team);
            assertEquals(whole.getList(row + ".value.cells.agreement"), part.getList(row + ".value.cells.agreement"), team);
        }
        assertEquals("PROTECTS_SMALLER_GROUP",
                part.getString("figures.value.heatmap.value.rows.find { it.path == 'Division / B' }.figures.withheld"));
    }

    /**
     * Moving a unit after closing would cut the same people into other groups: Operations before and
     * after Maintenance moved out would differ by Maintenance. A closed assessment's reports keep the
     * tree of their first report.
     */
    @Test
    void movingAUnitAfterClosingChangesNoReport() {
        long org = createOrganization("Attack: moving a unit");
        long operations = createUnit(org, "Operations", null);
        long warehouse = createUnit(org, "Warehouse", operations);
        long maintenance = createUnit(org, "Maintenance", operations);
        long services = createUnit(org, "Services", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        new Respondents(store, selving(), assessment, 9).add(warehouse, 0, 12, 0).add(maintenance, 0, 3, -1)
                .add(services, 0, 20, 0);
        close(assessment);
        String before = asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200).extract()
                .asString();
        asAdmin().body("{\"name\": \"Maintenance\", \"parentId\": " + services + "}")
                .put("/api/organizations/" + org + "/units/" + maintenance).then().statusCode(200);
        String after = asAdmin().get("/api/assessments/" + assessment + "/report").then().statusCode(200).extract()
                .asString();
        assertEquals(before, after);
        asAdmin().get("/api/assessments/" + assessment + "/report?unit=" + operations).then().statusCode(200)
                .body("figures.value.respondents", equalTo(15));
    }

    private void answerWith(List<String> codes) {
        for (String code : codes) {
            asAdmin()
                    .body("{\"code\": \"" + code + "\", \"answers\": {\"know_purpose\": 4, \"know_values_shared\": 3}}")
                    .post("/api/responses").then().statusCode(201);
        }
    }

    /** No figure the attacker holds gives this group's count, any dimension's sum, or any item's answer counts. */
    private static void assertCannotWorkOut(Attacker attacker, int[] target, String what) {
        attacker.assertCannotWorkOut(target, what, 100);
        assertNotNull(attacker.solve("respondents", attacker.groups(0, 0)), "the attacker reads the organization");
    }

    private static int[] concat(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
    }
}
