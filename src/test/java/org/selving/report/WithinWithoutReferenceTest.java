package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.Instrument;
import org.selving.report.WithinWithout.DimensionGap;
import org.selving.report.WithinWithout.ItemGap;
import org.selving.report.WithinWithout.UnitPoint;
import org.selving.report.WithinWithoutData.Respondent;
import org.selving.response.ResponseMatrix;
import org.selving.stats.Descriptives;
import org.selving.stats.MeanComparison;
import org.selving.stats.MirrorGap;
import org.selving.stats.Result;
import org.selving.stats.Spread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The within/without section computed from two releases of fixed data (128 staff, 63 outsiders, eight
 * teams) against what numpy 2.4 and scipy 1.17 compute for them (04_within_without.py, written apart
 * from this code): every gap with Welch's t, df, p and interval, Hedges' g and its interval, Holm's
 * adjustment, the indices of both sides; the units' correlation; the drivers of the outward dimension.
 * Tolerances as for the R references: 1e-8 absolute for closed forms, 1e-6 relative for p-values.
 */
class WithinWithoutReferenceTest {

    private static final double CLOSED_FORM = 1e-8;
    private static final double P_RELATIVE = 1e-6;

    /** The organization, a division of teams 1-4 (nodes 2-5), another of teams 5-8 (nodes 7-10). */
    private static final CellTree TREE = CellTree.ofParents(-1, 0, 1, 1, 1, 1, 0, 6, 6, 6, 6);
    private static final int TEAM_LEVEL = 2;
    private static final SegmentQuestion SEGMENTS = new SegmentQuestion(Map.of("en", "You are", "fr", "Vous êtes"),
            List.of(new SegmentQuestion.Option("customer", Map.of("en", "A customer", "fr", "Client")),
                    new SegmentQuestion.Option("partner", Map.of("en", "A partner", "fr", "Partenaire"))));

    private static final JsonNode EXPECTED = WithinWithoutData.expected();
    private static final WithinWithout SECTION = section();

    static int node(int team) {
        return team <= 4 ? team + 1 : team + 2;
    }

    private static Release release(long id, Instrument instrument, SegmentQuestion segments, List<Respondent> people) {
        int items = instrument.items().size();
        long[] units = new long[people.size()];
        byte[] segmentOf = new byte[people.size()];
        byte[] answers = new byte[people.size() * items];
        for (int r = 0; r < people.size(); r++) {
            units[r] = node(people.get(r).team());
            segmentOf[r] = (byte) people.get(r).segment();
            System.arraycopy(people.get(r).packed(), 0, answers, r * items, items);
        }
        return Release.of(id, InstrumentShape.of(instrument), segments, TREE, 5, 10, false,
                new ResponseMatrix(items, units, segmentOf, answers), List.of(), List.of(), Map.of(), List.of());
    }

    private static Report.Figures figures(Release release) {
        return new ReportBuilder(release, "en", CellTree.ROOT, Headcount.ALL, TEAM_LEVEL)
                .figures(Section.unavailable(Section.Unavailable.NO_PREVIOUS_ASSESSMENT)).value();
    }

    private static WithinWithout section() {
        Instrument selving = WithinWithoutData.instrument("selving");
        Instrument mirror = WithinWithoutData.instrument("selving_mirror");
        Release inside = release(1, selving, null, WithinWithoutData.staff(selving));
        Release outside = release(2, mirror, SEGMENTS, WithinWithoutData.outsiders(mirror));
        return new WithinWithoutBuilder(inside, CellTree.ROOT, Headcount.ALL, figures(inside), outside, CellTree.ROOT,
                figures(outside), new WithinWithout.Mirror(2, "Outside", false, outside.rows())).build();
    }

    @Test
    void everyPairedStatementAgainstTheStatementItMirrors() {
        JsonNode expected = EXPECTED.get("items");
        assertEquals(14, SECTION.items().size());
        assertEquals(expected.size(), SECTION.items().size());
        for (ItemGap item : SECTION.items()) {
            JsonNode reference = expected.get(item.key());
            assertGap(reference, item.inside(), item.outside(), item.gap(), item.adjustedP(), item.key());
        }
        ItemGap promises = SECTION.items().stream().filter(i -> i.key().equals("mirror_promises_kept")).findFirst()
                .orElseThrow();
        assertEquals("out_promise_gap", promises.insideKey());
        assertEquals("relating_outward", promises.dimension());
        assertEquals("They keep the promises they make to me.", promises.text());
    }

    @Test
    void everyMirrorDimensionAgainstTheMeanOfTheStatementsItsStatementsMirror() {
        JsonNode expected = EXPECTED.get("dimensions");
        assertEquals(List.of("relating_outward", "listening", "working_as_one", "openness", "learning"),
                SECTION.dimensions().stream().map(DimensionGap::key).toList());
        for (DimensionGap dimension : SECTION.dimensions()) {
            assertGap(expected.get(dimension.key()), dimension.inside(), dimension.outside(), dimension.gap(),
                    dimension.adjustedP(), dimension.key());
        }
        assertEquals(List.of("out_voice_heard", "out_same_care", "out_glass_walls", "out_promise_gap"),
                SECTION.dimensions().get(0).insideItems());
        assertEquals(EXPECTED.at("/overall/inside_index").asDouble(), SECTION.insideIndex().value(), CLOSED_FORM);
        assertEquals(EXPECTED.at("/overall/outside_index").asDouble(), SECTION.outsideIndex().value(), CLOSED_FORM);
        assertEquals(128, SECTION.staff());
        assertEquals(63, SECTION.outsiders());
    }

    @Test
    void theTeamsInternalIndexAgainstTheirOutsidersScore() {
        WithinWithout.UnitRelation units = SECTION.units().value();
        assertEquals(TEAM_LEVEL, units.level());
        assertEquals(WithinWithoutData.TEAMS, units.points().size());
        Map<Long, UnitPoint> byNode = new HashMap<>();
        units.points().forEach(p -> byNode.put(p.unitId(), p));
        for (int team = 1; team <= WithinWithoutData.TEAMS; team++) {
            JsonNode reference = EXPECTED.at("/units/" + team);
            UnitPoint point = byNode.get((long) node(team));
            assertEquals(reference.get("staff").asLong(), point.staff(), "team " + team);
            assertEquals(reference.get("outsiders").asLong(), point.outsiders(), "team " + team);
            assertEquals(reference.get("inside_index").asDouble(), point.insideIndex(), CLOSED_FORM, "team " + team);
            assertEquals(reference.get("outside_index").asDouble(), point.outsideIndex(), CLOSED_FORM, "team " + team);
        }
        assertEquals(8, units.correlation().value().n());
        assertEquals(EXPECTED.at("/units/pearson/r").asDouble(), units.correlation().value().r(), CLOSED_FORM);
        assertP(EXPECTED.at("/units/pearson/p").asDouble(), units.correlation().value().p(), "pearson");
        assertTrue(units.fewUnits(), "eight units are few");
        assertEquals(Reading.relation(units.correlation()), units.reading());
    }

    @Test
    void theInternalDimensionsAsDriversOfTheOutwardOne() {
        Report.Drivers drivers = SECTION.drivers().value();
        JsonNode expected = EXPECTED.get("drivers");
        assertEquals("relating_outward", drivers.outcome());
        assertEquals(expected.get("n").asLong(), drivers.respondents());
        assertEquals(expected.get("r_squared").asDouble(), drivers.rSquared(), CLOSED_FORM);
        assertEquals(9, drivers.drivers().size());
        for (Report.Driver driver : drivers.drivers()) {
            assertEquals(expected.at("/percent/" + driver.dimension()).asDouble(), driver.relativeWeight(), 1e-6,
                    driver.dimension());
            assertEquals(expected.at("/r/" + driver.dimension()).asDouble(), driver.correlation().value().r(),
                    CLOSED_FORM, driver.dimension());
        }
        assertEquals(drivers.drivers().get(0).dimension(), SECTION.summary().topDriver());
        assertFalse(drivers.drivers().stream().anyMatch(d -> d.dimension().equals("relating_outward")));
    }

    /** The quartiles of the consultant's clients side by side, here of the eight teams' indices (numpy.percentile). */
    @Test
    void theSpreadOfAFigureIsNumpysPercentiles() {
        JsonNode expected = EXPECTED.get("spread");
        double[] values = new double[expected.get("values").size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = expected.get("values").get(i).asDouble();
        }
        Spread spread = Spread.of(values).value();
        assertEquals(8, spread.n());
        assertEquals(expected.get("lower_quartile").asDouble(), spread.lowerQuartile(), CLOSED_FORM);
        assertEquals(expected.get("median").asDouble(), spread.median(), CLOSED_FORM);
        assertEquals(expected.get("upper_quartile").asDouble(), spread.upperQuartile(), CLOSED_FORM);
        assertEquals(1, spread.quarterOf(40.3));
        assertEquals(2, spread.quarterOf(spread.median()));
        assertEquals(3, spread.quarterOf(60.0));
        assertEquals(4, spread.quarterOf(74.5));
        assertFalse(Spread.of(new double[] {Double.NaN}).isComputed());
    }

    @Test
    void theSummaryCountsTheDimensionsByTheirReading() {
        WithinWithout.Summary summary = SECTION.summary();
        assertEquals(5, summary.seenBetterInside() + summary.seenBetterOutside() + summary.noClearDifference());
        long clear = SECTION.dimensions().stream().filter(d -> d.adjustedP().value() < Reading.SIGNIFICANT).count();
        assertEquals(clear, summary.seenBetterInside() + summary.seenBetterOutside());
        DimensionGap largest = SECTION.dimensions().stream()
                .max((a, b) -> Double.compare(Math.abs(a.gap().value().gap()), Math.abs(b.gap().value().gap())))
                .orElseThrow();
        assertEquals(largest.key(), summary.largestGap());
        assertEquals("openness", summary.largestGap(), "outsiders hear bad news late in the data");
    }

    private static void assertGap(JsonNode reference, Result<Descriptives> inside, Result<Descriptives> outside,
            Result<MirrorGap> gap, Result<Double> adjustedP, String what) {
        assertSide(reference.get("inside"), inside.value(), what + " inside");
        assertSide(reference.get("outside"), outside.value(), what + " outside");
        MirrorGap g = gap.value();
        MeanComparison test = g.test();
        assertEquals(reference.at("/inside/index").asDouble(), g.insideIndex(), CLOSED_FORM, what);
        assertEquals(reference.at("/outside/index").asDouble(), g.outsideIndex(), CLOSED_FORM, what);
        assertEquals(reference.get("difference").asDouble(), test.difference(), CLOSED_FORM, what);
        assertEquals(reference.get("ci_lower").asDouble(), test.differenceCi95().lower(), CLOSED_FORM, what);
        assertEquals(reference.get("ci_upper").asDouble(), test.differenceCi95().upper(), CLOSED_FORM, what);
        assertEquals(reference.get("t").asDouble(), test.t(), CLOSED_FORM, what);
        assertEquals(reference.get("df").asDouble(), test.df(), CLOSED_FORM, what);
        assertP(reference.get("p").asDouble(), test.p(), what);
        assertP(reference.get("p_holm").asDouble(), adjustedP.value(), what + " Holm");
        assertEquals(reference.get("hedges_g").asDouble(), test.hedgesG(), CLOSED_FORM, what);
        assertEquals(reference.get("g_ci_lower").asDouble(), test.hedgesGCi95().lower(), CLOSED_FORM, what);
        assertEquals(reference.get("g_ci_upper").asDouble(), test.hedgesGCi95().upper(), CLOSED_FORM, what);
        assertEquals(reference.get("gap_points").asDouble(), g.gap(), CLOSED_FORM, what);
        assertEquals(reference.get("gap_ci_lower").asDouble(), g.gapCi95().lower(), CLOSED_FORM, what);
        assertEquals(reference.get("gap_ci_upper").asDouble(), g.gapCi95().upper(), CLOSED_FORM, what);
    }

    private static void assertSide(JsonNode reference, Descriptives side, String what) {
        assertEquals(reference.get("n").asLong(), side.n(), what);
        assertEquals(reference.get("mean").asDouble(), side.mean(), CLOSED_FORM, what);
        assertEquals(reference.get("index").asDouble(), side.index(), CLOSED_FORM, what);
    }

    private static void assertP(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * P_RELATIVE, what);
    }
}
