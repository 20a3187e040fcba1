package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.stats.Tolerance.closeTo;
import static org.selving.stats.Tolerance.pValue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine against R on a survey with missing answers (03_survey.R): psych's pairwise and
 * listwise alpha, omega, statsBy/multilevel ICCs and rwg(j), aov, t.test, p.adjust, cor.test,
 * relative weights checked against lm's R^2, prop.test's Wilson intervals and t.test's CIs.
 */
class SurveyReferenceTest {

    private static final Survey DATA = Survey.load();
    private static final SurveyResult RESULT = SurveyStatistics.compute(DATA.answers, Survey.LAYOUT, DATA.units,
            DATA.segments);

    private static ScaleSummary scale(int s) {
        return s < 3 ? RESULT.dimensions().get(s) : RESULT.outcome().value();
    }

    private static JsonNode expectedScale(int s) {
        return DATA.expected.at("/scales/" + Survey.SCALES[s]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void scaleScoresAndPooledAnswers(int s) {
        JsonNode expected = expectedScale(s);
        descriptives(expected.get("score"), scale(s).score().value(), Survey.SCALES[s]);
        shares(expected.get("answers"), scale(s).answers().value(), Survey.SCALES[s]);
    }

    @Test
    void everyItem() {
        for (int c = 0; c < Survey.COLUMNS.length; c++) {
            JsonNode expected = DATA.expected.at("/items/" + Survey.COLUMNS[c]);
            ItemSummary item = RESULT.items().get(c);
            assertEquals(c, item.column());
            descriptives(expected.get("descriptives"), item.descriptives().value(), Survey.COLUMNS[c]);
            AnswerDistribution answers = item.answers().value();
            for (int o = 0; o < answers.counts().size(); o++) {
                assertEquals(expected.get("counts").get(o).asLong(), answers.counts().get(o), Survey.COLUMNS[c] + " " + o);
            }
            shares(expected.get("answers"), answers, Survey.COLUMNS[c]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void alphaPairwiseAsPsychByDefault(int s) {
        alpha(expectedScale(s).get("alpha_pairwise"), scale(s).pairwise().alpha().value(), Survey.SCALES[s]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void alphaListwiseOnCompleteCases(int s) {
        alpha(expectedScale(s).get("alpha_listwise"), scale(s).listwise().alpha().value(), Survey.SCALES[s]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void omegaPairwiseAndListwise(int s) {
        omega(expectedScale(s).get("omega_pairwise"), scale(s).pairwise().omega().value());
        omega(expectedScale(s).get("omega_listwise"), scale(s).listwise().omega().value());
    }

    @Test
    void aSingleItemOutcomeHasNoReliability() {
        Result<Alpha> alpha = scale(3).pairwise().alpha();
        assertEquals(Reason.TOO_FEW_ITEMS, assertInstanceOf(Result.NotComputable.class, alpha).reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void unitsAnovaIccAndRwg(int s) {
        JsonNode expected = expectedScale(s).get("units");
        UnitComparison units = scale(s).units();
        Anova anova = units.anova().value();
        closeTo(expected.get("F").asDouble(), anova.f(), "F");
        assertEquals(expected.get("df1").asLong(), anova.dfBetween());
        assertEquals(expected.get("df2").asLong(), anova.dfWithin());
        pValue(expected.get("p").asDouble(), anova.p(), "p");
        closeTo(expected.get("MSB").asDouble(), anova.msBetween(), "MSB");
        closeTo(expected.get("MSW").asDouble(), anova.msWithin(), "MSW");
        closeTo(expected.get("eta2").asDouble(), anova.etaSquared(), "eta2");
        Icc icc = units.icc().value();
        closeTo(expected.get("ICC1").asDouble(), icc.icc1(), "ICC1");
        closeTo(expected.get("ICC2").asDouble(), icc.icc2(), "ICC2");
        closeTo(expected.get("ICC1_n0").asDouble(), icc.icc1N0Adjusted(), "ICC1 n0");
        closeTo(expected.at("/ICC1_ci/0").asDouble(), icc.icc1Ci95().lower(), "ICC1 lower");
        closeTo(expected.at("/ICC1_ci/1").asDouble(), icc.icc1Ci95().upper(), "ICC1 upper");
        closeTo(expected.at("/ICC2_ci/0").asDouble(), icc.icc2Ci95().lower(), "ICC2 lower");
        closeTo(expected.at("/ICC2_ci/1").asDouble(), icc.icc2Ci95().upper(), "ICC2 upper");

        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("groups").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> group = it.next();
            GroupSummary summary = units.units().get(Integer.parseInt(group.getKey()) - 1);
            Descriptives score = summary.score().value();
            assertEquals(group.getValue().get("n").asLong(), score.n());
            closeTo(group.getValue().get("mean").asDouble(), score.mean(), "unit " + group.getKey());
            if (group.getValue().get("sd").isNull()) {
                assertFalse(score.sd().isComputed());
            } else {
                closeTo(group.getValue().get("sd").asDouble(), score.sd().value(), "unit " + group.getKey());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("rwg_j").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> group = it.next();
            Result<Rwg> rwg = units.units().get(Integer.parseInt(group.getKey()) - 1).agreement();
            if (group.getValue().isNull()) {
                assertEquals(Reason.GROUPS_OF_ONE, assertInstanceOf(Result.NotComputable.class, rwg).reason());
            } else {
                closeTo(group.getValue().asDouble(), rwg.value().rwg(), "rwg(j) of unit " + group.getKey());
                assertEquals(expected.at("/rwg_j_n/" + group.getKey()).asLong(), rwg.value().n());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void segmentsAnovaWelchAndAdjustedP(int s) {
        JsonNode expected = expectedScale(s).get("segments");
        SegmentComparison segments = scale(s).segments();
        Anova anova = segments.anova().value();
        closeTo(expected.get("F").asDouble(), anova.f(), "F");
        assertEquals(expected.get("df2").asLong(), anova.dfWithin());
        pValue(expected.get("p").asDouble(), anova.p(), "p");
        closeTo(expected.get("eta2").asDouble(), anova.etaSquared(), "eta2");
        assertEquals(3, segments.pairs().size());
        for (int i = 0; i < 3; i++) {
            JsonNode pair = expected.get("pairs").get(i);
            PairwiseComparison comparison = segments.pairs().get(i);
            assertEquals(pair.get("a").asInt() - 1, comparison.groupA());
            assertEquals(pair.get("b").asInt() - 1, comparison.groupB());
            MeanComparison test = comparison.test().value();
            closeTo(pair.get("t").asDouble(), test.t(), "t");
            closeTo(pair.get("df").asDouble(), test.df(), "df");
            pValue(pair.get("p").asDouble(), test.p(), "p");
            pValue(pair.get("holm").asDouble(), comparison.holmP().value(), "Holm");
            pValue(pair.get("BH").asDouble(), comparison.benjaminiHochbergP().value(), "BH");
            closeTo(pair.get("hedges_g").asDouble(), test.hedgesG(), "g");
            closeTo(pair.get("hedges_lower").asDouble(), test.hedgesGCi95().lower(), "g lower");
            closeTo(pair.get("hedges_upper").asDouble(), test.hedgesGCi95().upper(), "g upper");
        }
    }

    @Test
    void driversCorrelationsAndRelativeWeights() {
        Drivers drivers = RESULT.drivers().value();
        assertEquals("OUT", drivers.outcomeKey());
        for (int d = 0; d < 3; d++) {
            JsonNode expected = DATA.expected.at("/drivers/" + Survey.SCALES[d]);
            Correlation pearson = drivers.pearson().get(d).value();
            Correlation spearman = drivers.spearman().get(d).value();
            assertEquals(expected.get("n").asLong(), pearson.n());
            assertEquals(expected.get("n").asLong(), spearman.n());
            closeTo(expected.get("pearson_r").asDouble(), pearson.r(), "r");
            pValue(expected.get("pearson_p").asDouble(), pearson.p(), "p of r");
            closeTo(expected.get("spearman_rho").asDouble(), spearman.r(), "rho");
            pValue(expected.get("spearman_p").asDouble(), spearman.p(), "p of rho");
        }
        JsonNode expected = DATA.expected.get("relative_weights");
        RelativeWeights weights = drivers.relativeWeights().value();
        assertEquals(expected.get("n").asLong(), weights.n());
        closeTo(expected.get("r_squared").asDouble(), weights.rSquared(), "R2 (lm)");
        for (int d = 0; d < 3; d++) {
            closeTo(expected.at("/raw/" + d).asDouble(), weights.rawWeights().get(d), "raw weight");
            closeTo(expected.at("/rescaled/" + d).asDouble(), weights.rescaledWeights().get(d), "rescaled weight");
        }
    }

    @Test
    void enpsOverallAndByUnit() {
        EnpsSummary enps = RESULT.enps().value();
        enps(DATA.expected.at("/enps/overall"), enps.overall().value());
        for (int unit = 0; unit < 15; unit++) {
            enps(DATA.expected.at("/enps/by_unit/" + (unit + 1)), enps.byUnit().get(unit).value());
        }
        assertTrue(enps.bySegment().stream().allMatch(Result::isComputed));
    }

    @Test
    void overallIndexIsTheMeanOfTheDimensionIndices() {
        double mean = (scale(0).score().value().index() + scale(1).score().value().index()
                + scale(2).score().value().index()) / 3;
        closeTo(mean, RESULT.overallIndex().value(), "overall index");
    }

    private static void descriptives(JsonNode expected, Descriptives actual, String what) {
        assertEquals(expected.get("n").asLong(), actual.n(), what);
        closeTo(expected.get("mean").asDouble(), actual.mean(), what + " mean");
        closeTo(expected.get("sd").asDouble(), actual.sd().value(), what + " sd");
        closeTo(expected.get("median").asDouble(), actual.median(), what + " median");
        closeTo(expected.get("ci_lower").asDouble(), actual.meanCi95().value().lower(), what + " CI");
        closeTo(expected.get("ci_upper").asDouble(), actual.meanCi95().value().upper(), what + " CI");
        closeTo(expected.get("index").asDouble(), actual.index(), what + " index");
    }

    private static void shares(JsonNode expected, AnswerDistribution actual, String what) {
        assertEquals(expected.get("answers").asLong(), actual.answers(), what);
        assertEquals(expected.get("respondents").asLong(), actual.respondents(), what);
        share(expected.get("favorable").asDouble(), expected.get("favorable_ci"), actual.favorable(), what + " fav");
        share(expected.get("neutral").asDouble(), expected.get("neutral_ci"), actual.neutral(), what + " neutral");
        share(expected.get("unfavorable").asDouble(), expected.get("unfavorable_ci"), actual.unfavorable(),
                what + " unfav");
    }

    private static void share(double proportion, JsonNode ci, Share actual, String what) {
        closeTo(proportion, actual.proportion(), what);
        closeTo(ci.get("lower").asDouble(), actual.ci95().lower(), what + " lower");
        closeTo(ci.get("upper").asDouble(), actual.ci95().upper(), what + " upper");
    }

    private static void alpha(JsonNode expected, Alpha actual, String what) {
        assertEquals(expected.get("n").asLong(), actual.n(), what);
        closeTo(expected.get("raw_alpha").asDouble(), actual.raw(), what + " raw");
        closeTo(expected.get("std_alpha").asDouble(), actual.standardized(), what + " std");
        closeTo(expected.get("G6_smc").asDouble(), actual.g6Smc().value(), what + " G6");
        closeTo(expected.get("average_r").asDouble(), actual.averageR(), what + " average r");
        closeTo(expected.get("ase").asDouble(), actual.duhachekAse().value(), what + " ASE");
        closeTo(expected.get("feldt_lower").asDouble(), actual.feldtCi95().value().lower(), what + " Feldt");
        closeTo(expected.get("feldt_upper").asDouble(), actual.feldtCi95().value().upper(), what + " Feldt");
        closeTo(expected.get("score_mean").asDouble(), actual.scoreMean(), what + " score mean");
        closeTo(expected.get("score_sd").asDouble(), actual.scoreSd().value(), what + " score sd");
        for (int i = 0; i < actual.k(); i++) {
            ItemReliability item = actual.items().get(i);
            String label = what + " item " + i;
            assertEquals(expected.at("/item_n/" + i).asLong(), item.n(), label);
            closeTo(expected.at("/item_mean/" + i).asDouble(), item.mean(), label + " mean");
            closeTo(expected.at("/item_sd/" + i).asDouble(), item.sd().value(), label + " sd");
            closeTo(expected.at("/raw_r/" + i).asDouble(), item.rawR().value(), label + " raw r");
            closeTo(expected.at("/std_r/" + i).asDouble(), item.stdR(), label + " std r");
            closeTo(expected.at("/r_drop/" + i).asDouble(), item.rDrop().value(), label + " r drop");
            closeTo(expected.at("/alpha_if_deleted_raw/" + i).asDouble(), item.alphaIfDeletedRaw().value(), label);
            closeTo(expected.at("/alpha_if_deleted_std/" + i).asDouble(), item.alphaIfDeletedStd().value(), label);
        }
    }

    private static void omega(JsonNode expected, OmegaTotal actual) {
        assertEquals(expected.get("omega_total").asDouble(), actual.omegaTotal(), Tolerance.OMEGA);
        for (int i = 0; i < actual.loadings().size(); i++) {
            assertEquals(expected.at("/loadings/" + i).asDouble(), actual.loadings().get(i), Tolerance.OMEGA);
        }
    }

    private static void enps(JsonNode expected, Enps actual) {
        assertEquals(expected.get("n").asLong(), actual.n());
        assertEquals(expected.get("promoters").asLong(), actual.promoters());
        assertEquals(expected.get("detractors").asLong(), actual.detractors());
        closeTo(expected.get("score").asDouble(), actual.score(), "eNPS");
        closeTo(expected.get("lower").asDouble(), actual.ci95().lower(), "eNPS lower");
        closeTo(expected.get("upper").asDouble(), actual.ci95().upper(), "eNPS upper");
    }
}
