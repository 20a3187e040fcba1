package org.selving.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.testing.Api.asAdmin;
import static org.selving.testing.Api.SEGMENT_QUESTION;
import static org.selving.testing.Api.close;
import static org.selving.testing.Api.createAssessment;
import static org.selving.testing.Api.createOrganization;
import static org.selving.testing.Api.createUnit;
import static org.selving.testing.Api.open;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentCatalog;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.response.ResponseMatrix;
import org.selving.response.ResponseStore;
import org.selving.response.StoredResponse;
import org.selving.stats.AnswerMatrix;
import org.selving.stats.AnswerScale;
import org.selving.stats.Grouping;
import org.selving.stats.GroupSummary;
import org.selving.stats.MeanComparison;
import org.selving.stats.ScaleDefinition;
import org.selving.stats.ScaleSummary;
import org.selving.stats.SurveyLayout;
import org.selving.stats.SurveyResult;
import org.selving.stats.SurveyStatistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** What each part of a report says, checked against the statistics engine run directly on the stored answers. */
@QuarkusTest
class ReportReadingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EXACT = 1e-9;

    @Inject
    ResponseStore store;

    @Inject
    InstrumentCatalog catalog;

    private Instrument selving() {
        return catalog.find("selving").orElseThrow();
    }

    private static JsonNode report(long assessment, String query) {
        try {
            return JSON.readTree(asAdmin().get("/api/assessments/" + assessment + "/report" + query).then().statusCode(200)
                    .extract().asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyNumberIsTheEnginesOnTheSameAnswers() {
        long org = createOrganization("Readings: engine");
        long north = createUnit(org, "North", null);
        long south = createUnit(org, "South", null);
        long east = createUnit(org, "East", null);
        long assessment = createAssessment(org, "\"segmentQuestion\": " + SEGMENT_QUESTION);
        open(assessment);
        new Respondents(store, selving(), assessment, 21).add(north, 1, 20, 0.5).add(north, 2, 8, 0.8)
                .add(south, 1, 25, -0.4).add(south, 3, 6, 0.2).add(east, 1, 15, 0).add(east, 2, 7, 0.1);
        close(assessment);
        List<Long> units = List.of(north, south, east);

        JsonNode figures = report(assessment, "").get("figures").get("value");
        SurveyResult engine = engine(assessment, units);

        assertEquals(engine.overallIndex().value(), figures.at("/overallIndex/value").asDouble(), EXACT);
        for (int d = 0; d < engine.dimensions().size(); d++) {
            ScaleSummary expected = engine.dimensions().get(d);
            JsonNode dimension = figures.get("dimensions").get(d);
            assertEquals(expected.key(), dimension.get("key").asText());
            assertEquals(expected.score().value().n(), dimension.at("/score/value/n").asLong());
            assertEquals(expected.score().value().mean(), dimension.at("/score/value/mean").asDouble(), EXACT);
            assertEquals(expected.score().value().meanCi95().value().lower(),
                    dimension.at("/score/value/meanCi95/value/lower").asDouble(), EXACT);
            assertEquals(expected.answers().value().favorable().proportion(),
                    dimension.at("/answers/value/favorable/proportion").asDouble(), EXACT);
            assertEquals(expected.pairwise().alpha().value().raw(), dimension.at("/reliability/alpha/value/raw").asDouble(),
                    EXACT);
            assertEquals(expected.pairwise().omega().value().omegaTotal(),
                    dimension.at("/reliability/omega/value/omegaTotal").asDouble(), EXACT);
            for (int i = 0; i < dimension.get("items").size(); i++) {
                JsonNode item = dimension.get("items").get(i);
                int column = columnOf(item.get("key").asText());
                assertEquals(engine.items().get(column).descriptives().value().mean(),
                        item.at("/descriptives/value/mean").asDouble(), EXACT, item.get("key").asText());
                assertEquals(engine.items().get(column).answers().value().counts().toString(),
                        item.at("/keyed/value/counts").toString().replace(",", ", "));
            }
            // the heatmap's units are the engine's units
            for (int u = 0; u < units.size(); u++) {
                GroupSummary unit = expected.units().units().get(u);
                JsonNode row = heatmapRow(figures, units.get(u));
                assertEquals(unit.score().value().index(), row.at("/figures/value/cells/" + d + "/index/value").asDouble(),
                        EXACT);
                assertEquals(unit.agreement().value().rwg(),
                        row.at("/figures/value/cells/" + d + "/agreement/value/rwg").asDouble(), EXACT);
            }
            assertEquals(expected.units().icc().value().icc1(),
                    figures.at("/agreement/value/" + d + "/icc/value/icc1").asDouble(), EXACT);
            assertEquals(expected.units().icc().value().icc2(),
                    figures.at("/agreement/value/" + d + "/icc/value/icc2").asDouble(), EXACT);
            // staff against managers: the engine's Welch test between segments 1 and 2
            MeanComparison staffManagers = expected.segments().pairs().get(0).test().value();
            JsonNode gap = gap(figures, dimension.get("key").asText(), "staff", "manager");
            assertEquals(staffManagers.t(), gap.at("/test/value/t").asDouble(), EXACT);
            assertEquals(staffManagers.p(), gap.at("/test/value/p").asDouble(), EXACT);
            assertEquals(staffManagers.hedgesG(), gap.at("/test/value/hedgesG").asDouble(), EXACT);
            assertEquals(engine.drivers().value().pearson().get(d).value().r(),
                    driver(figures, dimension.get("key").asText()).at("/correlation/value/r").asDouble(), EXACT);
        }
        assertEquals(engine.enps().value().overall().value().score(), figures.at("/enps/value/score").asDouble(), EXACT);
        assertEquals(engine.drivers().value().relativeWeights().value().rSquared(),
                figures.at("/drivers/value/rSquared").asDouble(), EXACT);
    }

    private static JsonNode heatmapRow(JsonNode figures, long unitId) {
        for (JsonNode row : figures.at("/heatmap/value/rows")) {
            if (row.get("unitId").asLong() == unitId && !row.get("others").asBoolean()) {
                return row;
            }
        }
        throw new AssertionError("no heatmap row of unit " + unitId);
    }

    private static JsonNode gap(JsonNode figures, String dimension, String a, String b) {
        for (JsonNode gap : figures.at("/segments/value/gaps")) {
            if (gap.get("dimension").asText().equals(dimension) && gap.get("segmentA").asText().equals(a)
                    && gap.get("segmentB").asText().equals(b)) {
                return gap;
            }
        }
        throw new AssertionError("no gap " + a + "/" + b + " on " + dimension);
    }

    private static JsonNode driver(JsonNode figures, String dimension) {
        for (JsonNode driver : figures.at("/drivers/value/drivers")) {
            if (driver.get("dimension").asText().equals(dimension)) {
                return driver;
            }
        }
        throw new AssertionError("no driver " + dimension);
    }

    private int columnOf(String itemKey) {
        List<Item> items = selving().items();
        for (int c = 0; c < items.size(); c++) {
            if (items.get(c).key().equals(itemKey)) {
                return c;
            }
        }
        throw new AssertionError(itemKey);
    }

    /**
     * The engine on the stored answers, laid out here from the questionnaire (reverse keying,
     * dimensions, the recommendation item as outcome and eNPS), by unit and by segment.
     */
    private SurveyResult engine(long assessment, List<Long> units) {
        Instrument instrument = selving();
        List<Item> items = instrument.items();
        ResponseMatrix stored = store.scan(assessment, items.size());
        float[] values = new float[stored.respondents() * items.size()];
        List<AnswerScale> scales = new ArrayList<>();
        Set<Integer> reversed = new HashSet<>();
        for (int c = 0; c < items.size(); c++) {
            ResponseScale scale = instrument.scaleOf(items.get(c));
            scales.add(new AnswerScale(scale.min(), scale.max(), scale.favorableFrom(), scale.unfavorableTo()));
            if (items.get(c).reverse()) {
                reversed.add(c);
            }
            for (int r = 0; r < stored.respondents(); r++) {
                int packed = stored.packed(r, c);
                values[r * items.size() + c] = packed == 0 ? Float.NaN : packed + scale.min() - 1;
            }
        }
        List<ScaleDefinition> dimensions = new ArrayList<>();
        for (Dimension dimension : instrument.dimensions()) {
            dimensions.add(new ScaleDefinition(dimension.key(),
                    dimension.items().stream().map(item -> columnOf(item.key())).toList()));
        }
        int recommend = columnOf("recommend_workplace");
        SurveyLayout layout = new SurveyLayout(scales, reversed, dimensions,
                Optional.of(new ScaleDefinition("recommend_workplace", List.of(recommend))), OptionalInt.of(recommend));
        int[] unitLabels = new int[stored.respondents()];
        int[] segmentLabels = new int[stored.respondents()];
        for (int r = 0; r < stored.respondents(); r++) {
            unitLabels[r] = units.indexOf(stored.unitIds()[r]);
            segmentLabels[r] = stored.segments()[r] - 1;
        }
        return SurveyStatistics.compute(AnswerMatrix.wrap(values, stored.respondents(), items.size()), layout,
                Grouping.of(unitLabels, units.size()), Grouping.of(segmentLabels, 3));
    }

    @Test
    void aChangeReportComparesTheSameGroupInThePreviousCycleOfTheSameQuestionnaire() {
        long org = createOrganization("Readings: change");
        long team = createUnit(org, "Team", null);
        long other = createUnit(org, "Other", null);
        long spring = createAssessment(org, "");
        open(spring);
        new Respondents(store, selving(), spring, 31).add(team, 0, 40, -0.8).add(other, 0, 30, 0);
        close(spring);
        long pulse = createAssessment(org, "");
        asAdmin().body("{\"instrument\": \"pulse\", \"title\": \"Pulse\"}")
                .put("/api/assessments/" + pulse).then().statusCode(200);
        open(pulse);
        close(pulse);
        long autumn = createAssessment(org, "");
        open(autumn);
        new Respondents(store, selving(), autumn, 32).add(team, 0, 40, 0.8).add(other, 0, 30, 0);
        close(autumn);

        JsonNode whole = report(autumn, "").get("figures").get("value");
        assertEquals(spring, whole.at("/change/value/previous/assessmentId").asLong());
        assertEquals(70, whole.at("/change/value/previous/respondents").asLong());
        JsonNode unit = report(autumn, "?unit=" + team).get("figures").get("value");
        assertEquals(40, unit.at("/change/value/previous/respondents").asLong());
        JsonNode before = report(spring, "?unit=" + team).get("figures").get("value");
        for (int d = 0; d < 10; d++) {
            JsonNode change = unit.at("/change/value/dimensions/" + d);
            assertEquals("HIGHER", change.get("reading").asText(), change.get("key").asText());
            double now = unit.at("/dimensions/" + d + "/score/value/mean").asDouble();
            double then = before.at("/dimensions/" + d + "/score/value/mean").asDouble();
            assertEquals(now - then, change.at("/test/value/difference").asDouble(), EXACT);
            assertTrue(change.at("/test/value/differenceCi95/lower").asDouble() > 0);
            assertTrue(change.at("/adjustedP/value").asDouble() >= change.at("/test/value/p").asDouble());
        }
        JsonNode items = unit.at("/change/value/mostChangedItems");
        assertEquals(5, items.size());
        for (int i = 1; i < items.size(); i++) {
            assertTrue(Math.abs(items.get(i - 1).at("/test/value/hedgesG").asDouble())
                    >= Math.abs(items.get(i).at("/test/value/hedgesG").asDouble()));
        }
        assertEquals("NO_PREVIOUS_ASSESSMENT", report(spring, "").at("/figures/value/change/unavailable").asText());
    }

    @Test
    void driversAreShownFromThirtyRespondentsOnly() {
        long org = createOrganization("Readings: drivers");
        long small = createUnit(org, "Small", null);
        long large = createUnit(org, "Large", null);
        long assessment = createAssessment(org, "");
        open(assessment);
        new Respondents(store, selving(), assessment, 41).add(small, 0, 25, 0).add(large, 0, 40, 0);
        close(assessment);
        assertEquals("TOO_FEW_FOR_DRIVERS",
                report(assessment, "?unit=" + small).at("/figures/value/drivers/unavailable").asText());
        JsonNode drivers = report(assessment, "?unit=" + large).at("/figures/value/drivers");
        assertTrue(drivers.get("available").asBoolean());
        assertTrue(drivers.at("/value/respondents").asLong() >= 30);
        double weights = 0;
        for (JsonNode driver : drivers.at("/value/drivers")) {
            weights += driver.get("relativeWeight").asDouble();
        }
        assertEquals(100, weights, 1e-9);
    }

    @Test
    void commentsAppearInGroupsOfAtLeastTheThresholdAndEachOnce() {
        long org = createOrganization("Readings: comments");
        long division = createUnit(org, "Division", null);
        long talkative = createUnit(org, "Talkative", division);
        long quiet = createUnit(org, "Quiet", division);
        long shy = createUnit(org, "Shy", division);
        long assessment = createAssessment(org, "");
        open(assessment);
        Respondents respondents = new Respondents(store, selving(), assessment, 51);
        for (int i = 0; i < 12; i++) {
            respondents.add(talkative, 0, 1, 0, List.of(new StoredResponse.Comment("comment_strength", "Talkative " + i)));
        }
        for (int i = 0; i < 6; i++) {
            respondents.add(quiet, 0, 1, 0, List.of(new StoredResponse.Comment("comment_strength", "Quiet " + i)));
        }
        for (int i = 0; i < 5; i++) {
            respondents.add(shy, 0, 1, 0, List.of(new StoredResponse.Comment("comment_strength", "Shy " + i)));
        }
        close(assessment);

        JsonNode prompts = report(assessment, "").at("/figures/value/comments/value");
        assertEquals(1, prompts.size());
        Map<String, JsonNode> groups = new HashMap<>();
        for (JsonNode group : prompts.get(0).get("groups")) {
            groups.put(group.get("path").asText(), group);
        }
        assertEquals(Set.of("Division / Talkative", "Division"), groups.keySet());
        assertEquals(12, groups.get("Division / Talkative").get("comments").size());
        JsonNode pooled = groups.get("Division");
        assertTrue(pooled.get("includesOtherUnits").asBoolean());
        assertEquals(11, pooled.get("comments").size());
        List<String> shown = new ArrayList<>();
        groups.values().forEach(group -> group.get("comments").forEach(c -> shown.add(c.asText())));
        assertEquals(23, new HashSet<>(shown).size(), "every comment once");
        assertEquals(23, shown.size());
        // a unit report shows only the groups that belong to it
        assertEquals("NO_COMMENTS", report(assessment, "?unit=" + quiet).at("/figures/value/comments/unavailable").asText());
        assertFalse(report(assessment, "?unit=" + talkative).at("/figures/value/comments/value/0/groups/0/includesOtherUnits")
                .asBoolean());
    }
}
