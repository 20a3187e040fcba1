package org.selving.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.ADMIN_EMAIL;
import static org.selving.testing.Api.ADMIN_PASSWORD;
import static org.selving.testing.Api.PASSWORD;
import static org.selving.testing.Api.as;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAccount;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createMirrorAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;
import static org.selving.testing.Api.signIn;
import static org.selving.testing.Pages.html;
import static org.selving.testing.Pages.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selving.instrument.Instrument;
import org.selving.report.WithinWithoutData.Respondent;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The within/without section of an internal report, through the JSON API: on the reference data
 * (stored through the real store, both assessments closed) every figure is numpy's and scipy's; and
 * the section says why it shows nothing when there is no mirror, the mirror is a draft, fewer than k
 * outsiders answered, or the mirror is still open and a unit is asked for.
 */
@QuarkusTest
class WithinWithoutApiTest {

    private static final double CLOSED_FORM = 1e-8;

    @Inject
    ResponseStore store;

    static WithinWithoutData.Reference reference;

    @BeforeEach
    void storeTheReferenceData() {
        if (reference == null) {
            reference = WithinWithoutData.store("Within and without", store);
        }
    }

    /** The report, its numbers read as doubles (REST Assured reads them as floats otherwise). */
    private static JsonPath report(long assessment, String query) {
        return JsonPath.from(asAdmin().get("/api/assessments/" + assessment + "/report" + query).then().statusCode(200)
                .extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void theSectionOfTheReferenceDataIsWhatNumpyAndScipyCompute() {
        JsonNode expected = WithinWithoutData.expected();
        JsonPath report = report(reference.internal(), "?lang=en");
        assertTrue(report.getBoolean("withinWithout.available"));
        String at = "withinWithout.value";
        assertEquals(reference.mirror(), report.getLong(at + ".mirror.assessmentId"));
        assertFalse(report.getBoolean(at + ".mirror.interim"));
        assertEquals(128, report.getInt(at + ".staff"));
        assertEquals(63, report.getInt(at + ".outsiders"));
        assertEquals(expected.at("/overall/outside_index").asDouble(), report.getDouble(at + ".outsideIndex.value"),
                CLOSED_FORM);

        List<Map<String, Object>> items = report.getList(at + ".items");
        assertEquals(14, items.size());
        for (int i = 0; i < items.size(); i++) {
            String item = at + ".items[" + i + "]";
            assertGap(expected.get("items").get(report.getString(item + ".key")), report, item);
        }
        List<Map<String, Object>> dimensions = report.getList(at + ".dimensions");
        for (int d = 0; d < dimensions.size(); d++) {
            String dimension = at + ".dimensions[" + d + "]";
            assertGap(expected.get("dimensions").get(report.getString(dimension + ".key")), report, dimension);
        }
        assertEquals("They keep the promises they make to me.",
                report.getString(at + ".items.find { it.key == 'mirror_promises_kept' }.text"));
        assertEquals("out_promise_gap", report.getString(at + ".items.find { it.key == 'mirror_promises_kept' }.insideKey"));

        assertTrue(report.getBoolean(at + ".units.available"));
        assertEquals(2, report.getInt(at + ".units.value.level"));
        for (int team = 1; team <= WithinWithoutData.TEAMS; team++) {
            String point = at + ".units.value.points.find { it.unitId == " + reference.teams()[team] + " }";
            assertEquals(expected.at("/units/" + team + "/inside_index").asDouble(),
                    report.getDouble(point + ".insideIndex"), CLOSED_FORM, "team " + team);
            assertEquals(expected.at("/units/" + team + "/outside_index").asDouble(),
                    report.getDouble(point + ".outsideIndex"), CLOSED_FORM, "team " + team);
            assertEquals(expected.at("/units/" + team + "/outsiders").asInt(), report.getInt(point + ".outsiders"));
        }
        assertEquals(expected.at("/units/pearson/r").asDouble(), report.getDouble(at + ".units.value.correlation.value.r"),
                CLOSED_FORM);
        assertTrue(report.getBoolean(at + ".units.value.fewUnits"));

        assertEquals("relating_outward", report.getString(at + ".drivers.value.outcome"));
        assertEquals(expected.at("/drivers/r_squared").asDouble(), report.getDouble(at + ".drivers.value.rSquared"),
                CLOSED_FORM);
        assertEquals(expected.at("/drivers/percent/relating_communication").asDouble(), report.getDouble(
                at + ".drivers.value.drivers.find { it.dimension == 'relating_communication' }.relativeWeight"), 1e-6);

        assertEquals(List.of("customer", "partner"), report.getList(at + ".segments.value.key"));
        assertEquals(53, report.getInt(at + ".segments.value[0].figures.value.respondents"));
        assertEquals(10, report.getInt(at + ".segments.value[1].figures.value.respondents"));
        assertEquals("openness", report.getString(at + ".summary.largestGap"));

        // both reports say which assessment is the other half of the pair
        assertEquals(reference.mirror(), report.getLong("about.pairedWith.assessmentId"));
        assertFalse(report.getBoolean("about.outsiders"));
        JsonPath mirror = report(reference.mirror(), "");
        assertTrue(mirror.getBoolean("about.outsiders"));
        assertEquals(reference.internal(), mirror.getLong("about.pairedWith.assessmentId"));
        assertEquals("NO_MIRROR", mirror.getString("withinWithout.unavailable"));
    }

    @Test
    void theSectionIsOnTheReportPageInBothLanguagesAndInItsCsv() {
        String session = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        String english = page(session).get("/assessments/" + reference.internal() + "/report?lang=en").then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("<h2 id=\"within-without\">Within and without: how outsiders see you</h2>"), english);
        assertTrue(english.contains("The widest gap is “They tell you bad news early”:"), "the plain-words reading");
        assertTrue(english.contains("<svg id=\"within-without-chart\"") && english.contains("<svg id=\"within-without-units\""));
        assertTrue(english.contains("With only 8 units, read this as a hint"), "the caveat of few units");
        assertTrue(english.contains(">Relative weight of each internal dimension for the outward-facing one</caption>")
                && english.contains(">Relative weight of each dimension for the outcome</caption>"), "both drivers tables");
        assertTrue(english.contains(html("They keep the promises they make to me.")));
        assertTrue(english.contains("href=\"/assessments/" + reference.mirror() + "/report?lang=en\""));
        assertFalse(english.contains("NaN"));
        String french = page(session).get("/assessments/" + reference.internal() + "/report?lang=fr").then()
                .statusCode(200).extract().asString();
        assertTrue(french.contains("Le dedans et le dehors : le regard extérieur"), french);
        assertTrue(french.contains(html("Ils tiennent les promesses qu'ils me font.")));
        String mirrorPage = page(session).get("/assessments/" + reference.mirror() + "/report?lang=en").then()
                .statusCode(200).extract().asString();
        assertTrue(mirrorPage.contains(html("Outsiders' index")) && !mirrorPage.contains("id=\"within-without\""));

        String csv = asAdmin().get("/api/assessments/" + reference.internal() + "/report.csv").then().statusCode(200)
                .extract().asString();
        JsonNode expected = WithinWithoutData.expected();
        assertTrue(csv.contains("within_without,Within and without,,,,outsiders,63"), csv);
        String promises = "within_without_gap,Within and without,,relating_outward,mirror_promises_kept,";
        assertTrue(csv.contains(promises + "pairs_with,out_promise_gap"));
        String gapLine = csv.lines().filter(l -> l.startsWith(promises + "gap_points,")).findFirst().orElseThrow();
        assertEquals(expected.at("/items/mirror_promises_kept/gap_points").asDouble(),
                Double.parseDouble(gapLine.substring(gapLine.lastIndexOf(',') + 1)), CLOSED_FORM);
        assertTrue(csv.contains("within_without_unit,Division A / Team 1,,,,outsiders,10"));
        assertTrue(csv.contains("within_without_drivers,Within and without,,,relating_outward,respondents,"));
    }

    private static void assertGap(JsonNode expected, JsonPath report, String at) {
        String what = report.getString(at + ".key");
        assertEquals(expected.at("/inside/index").asDouble(), report.getDouble(at + ".inside.value.index"), CLOSED_FORM, what);
        assertEquals(expected.at("/outside/index").asDouble(), report.getDouble(at + ".outside.value.index"), CLOSED_FORM,
                what);
        assertEquals(expected.at("/outside/n").asInt(), report.getInt(at + ".outside.value.n"), what);
        String gap = at + ".gap.value";
        assertEquals(expected.get("gap_points").asDouble(), report.getDouble(gap + ".gap"), CLOSED_FORM, what);
        assertEquals(expected.get("gap_ci_lower").asDouble(), report.getDouble(gap + ".gapCi95.lower"), CLOSED_FORM, what);
        assertEquals(expected.get("gap_ci_upper").asDouble(), report.getDouble(gap + ".gapCi95.upper"), CLOSED_FORM, what);
        assertEquals(expected.get("hedges_g").asDouble(), report.getDouble(gap + ".test.hedgesG"), CLOSED_FORM, what);
        assertEquals(expected.get("df").asDouble(), report.getDouble(gap + ".test.df"), CLOSED_FORM, what);
        double p = expected.get("p_holm").asDouble();
        assertEquals(p, report.getDouble(at + ".adjustedP.value"), p * 1e-6, what);
    }

    @Test
    void aUnitsSectionSetsItsStaffAgainstItsOwnOutsidersAndASegmentsAgainstAllOutsiders() {
        JsonPath division = report(reference.internal(), "?unit=" + reference.divisionA());
        assertTrue(division.getBoolean("withinWithout.available"));
        int staff = 24 + 18 + 15 + 12;
        int outsiders = 10 + 8 + 6 + 7;
        assertEquals(staff, division.getInt("withinWithout.value.staff"));
        assertEquals(outsiders, division.getInt("withinWithout.value.outsiders"));
        assertEquals(4, division.getList("withinWithout.value.units.value.points").size());
        // outsiders' figures of the division are the mirror's own report of it
        JsonPath mirrorDivision = report(reference.mirror(), "?unit=" + reference.divisionA());
        assertEquals(mirrorDivision.getDouble("figures.value.dimensions.find { it.key == 'openness' }.score.value.mean"),
                division.getDouble("withinWithout.value.dimensions.find { it.key == 'openness' }.outside.value.mean"));
        assertEquals(mirrorDivision.getDouble("figures.value.overallIndex.value"),
                division.getDouble("withinWithout.value.outsideIndex.value"));
    }

    /** An organization of two top-level units, and its closed internal assessment with staff in both. */
    record TwoUnits(long org, long first, long second, long internal) {
    }

    private TwoUnits closedInternal(String name, String settings, int firstStaff, int secondStaff) {
        long org = createOrganization(name);
        long first = createUnit(org, "First", null);
        long second = createUnit(org, "Second", null);
        long internal = createAssessment(org, settings);
        open(internal);
        new Respondents(store, WithinWithoutData.instrument("selving"), internal, name.hashCode())
                .add(first, 0, firstStaff, 0).add(second, 0, secondStaff, 0);
        close(internal);
        return new TwoUnits(org, first, second, internal);
    }

    @Test
    void withoutAMirrorOrWithoutEnoughOutsidersTheSectionSaysWhyAndShowsNothing() {
        TwoUnits units = closedInternal("Within: refusals", "", 12, 8);
        long org = units.org();
        long big = units.first();
        long small = units.second();
        long internal = units.internal();
        assertEquals("NO_MIRROR", report(internal, "").getString("withinWithout.unavailable"));

        long mirror = createMirrorAssessment(org, internal, "");
        assertEquals("MIRROR_DRAFT", report(internal, "").getString("withinWithout.unavailable"));

        open(mirror);
        Instrument outside = WithinWithoutData.instrument("selving_mirror");
        new Respondents(store, outside, mirror, 12).add(big, 0, 4, 0);
        // while open, nothing below 2k; then the whole organization only, k behind
        JsonPath early = report(internal, "");
        assertEquals("TOO_FEW_OUTSIDERS", early.getString("withinWithout.unavailable"));
        assertNull(early.get("withinWithout.value"), "no figure at all");
        new Respondents(store, outside, mirror, 13).add(big, 0, 8, 0).add(small, 0, 3, 0);
        JsonPath interim = report(internal, "");
        assertTrue(interim.getBoolean("withinWithout.value.mirror.interim"));
        assertEquals(10, interim.getInt("withinWithout.value.outsiders"), "15 received: the first 10");
        assertEquals("MIRROR_INTERIM", interim.getString("withinWithout.value.units.unavailable"));
        assertEquals("NO_SEGMENT_QUESTION", interim.getString("withinWithout.value.segments.unavailable"));
        assertEquals("MIRROR_INTERIM", report(internal, "?unit=" + big).getString("withinWithout.unavailable"));

        close(mirror);
        JsonPath closed = report(internal, "");
        assertEquals(15, closed.getInt("withinWithout.value.outsiders"));
        assertEquals("TOO_FEW_UNITS", closed.getString("withinWithout.value.units.unavailable"));
        assertEquals("TOO_FEW_OUTSIDERS", report(internal, "?unit=" + small).getString("withinWithout.unavailable"));
        // Big's 12 outsiders are withheld by the mirror's own decisions: the organization's 15 minus them is Small
        asAdmin().get("/api/assessments/" + mirror + "/report?unit=" + big).then().statusCode(403);
        assertEquals("TOO_FEW_OUTSIDERS", report(internal, "?unit=" + big).getString("withinWithout.unavailable"));
    }

    @Test
    void outsidersGroupsHoldTheInternalReportsKEvenWhenTheMirrorsIsSmaller() {
        TwoUnits units = closedInternal("Within: two k", "\"minGroupSize\": 8", 10, 10);
        long team = units.first();
        long other = units.second();
        long internal = units.internal();
        long mirror = createMirrorAssessment(units.org(), internal, "\"minGroupSize\": 3");
        open(mirror);
        new Respondents(store, WithinWithoutData.instrument("selving_mirror"), mirror, 15).add(team, 0, 5, 0)
                .add(other, 0, 9, 0);
        close(mirror);
        // the mirror's own report shows Team's 5 outsiders (its k is 3); the internal report's k is 8, and
        // showing Other's 9 would give Team's 5 away (the organization's 14 minus 9)
        assertTrue(report(mirror, "?unit=" + team).getBoolean("figures.shown"));
        assertEquals("TOO_FEW_OUTSIDERS", report(internal, "?unit=" + team).getString("withinWithout.unavailable"));
        assertEquals("TOO_FEW_OUTSIDERS", report(internal, "?unit=" + other).getString("withinWithout.unavailable"));
        assertEquals(14, report(internal, "").getInt("withinWithout.value.outsiders"));
    }

    /** While the internal assessment is open, its report and its section cover its interim release, whole organization only. */
    @Test
    void anOpenInternalAssessmentsSectionIsItsInterimReleaseAgainstTheOutsiders() {
        long org = createOrganization("Within: open inside");
        long first = createUnit(org, "First", null);
        long second = createUnit(org, "Second", null);
        long internal = createAssessment(org, "");
        open(internal);
        new Respondents(store, WithinWithoutData.instrument("selving"), internal, 31).add(first, 0, 12, 0)
                .add(second, 0, 11, 0);
        long mirror = createMirrorAssessment(org, internal, "");
        open(mirror);
        new Respondents(store, WithinWithoutData.instrument("selving_mirror"), mirror, 32).add(first, 0, 7, 0)
                .add(second, 0, 6, 0);
        close(mirror);
        JsonPath report = report(internal, "");
        assertTrue(report.getBoolean("basis.interim"));
        assertEquals(15, report.getInt("withinWithout.value.staff"), "23 received: the first 15");
        assertEquals(13, report.getInt("withinWithout.value.outsiders"));
        assertEquals("INTERIM", report.getString("withinWithout.value.units.unavailable"));
        asAdmin().get("/api/assessments/" + internal + "/report?unit=" + first).then().statusCode(409);
    }

    @Test
    void aManagerLimitedToADivisionReadsItsSectionAndNothingAbove() {
        String manager = "within-division@manager.test";
        createAccount(manager, "MANAGER", "\"organizationId\": " + reference.org() + ", \"unitId\": " + reference.divisionA());
        as(manager, PASSWORD).get("/api/assessments/" + reference.internal() + "/report").then().statusCode(200)
                .body("withinWithout.value.staff", equalTo(69), "withinWithout.value.outsiders", equalTo(31),
                        "withinWithout.value.units.value.points.size()", equalTo(4),
                        "withinWithout.value.units.value.points.find { it.path == 'Division B / Team 5' }", nullValue());
    }
}
