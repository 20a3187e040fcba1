package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selving.stats.Tolerance.closeTo;
import static org.selving.stats.Tolerance.pValue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on the reference data with the 12 teams as units: ANOVA, ICCs, team scores and rwg(j). */
class PsafetyGroupTest {

    private final Psafety data = Psafety.load();
    private final SurveyResult result = SurveyStatistics.compute(data.answers, data.layout(), Grouping.of(data.team, 12),
            Grouping.none(data.answers.rows()));
    private final ScaleSummary scale = result.dimensions().get(0);

    @Test
    void anovaAndIccMatchStatsByAndMultilevel() {
        JsonNode icc = data.expected.get("icc");
        Anova anova = scale.units().anova().value();
        closeTo(icc.get("F").asDouble(), anova.f(), "F");
        assertEquals(icc.get("df1").asLong(), anova.dfBetween());
        assertEquals(icc.get("df2").asLong(), anova.dfWithin());
        pValue(icc.get("p").asDouble(), anova.p(), "p");
        closeTo(icc.get("MSB").asDouble(), anova.msBetween(), "MSB");
        closeTo(icc.get("MSW").asDouble(), anova.msWithin(), "MSW");

        Icc i = scale.units().icc().value();
        closeTo(icc.get("k_mean_group_size").asDouble(), i.meanGroupSize(), "k");
        closeTo(icc.get("ICC1").asDouble(), i.icc1(), "ICC1");
        closeTo(icc.get("ICC2").asDouble(), i.icc2(), "ICC2");
        closeTo(icc.get("ICC1_n0_adjusted").asDouble(), i.icc1N0Adjusted(), "ICC1 n0");
        closeTo(icc.get("n0").asDouble(), i.n0(), "n0");
        closeTo(icc.at("/statsBy_ci_ICC1/L1").asDouble(), i.icc1Ci95().lower(), "ICC1 lower");
        closeTo(icc.at("/statsBy_ci_ICC1/U1").asDouble(), i.icc1Ci95().upper(), "ICC1 upper");
        closeTo(icc.at("/statsBy_ci_ICC2/L2").asDouble(), i.icc2Ci95().lower(), "ICC2 lower");
        closeTo(icc.at("/statsBy_ci_ICC2/U2").asDouble(), i.icc2Ci95().upper(), "ICC2 upper");
    }

    @Test
    void teamsMatchTheReference() {
        List<Double> rwg = new ArrayList<>();
        for (int team = 0; team < 12; team++) {
            JsonNode expected = data.expected.at("/teams/" + (team + 1));
            GroupSummary summary = scale.units().units().get(team);
            String label = "team " + (team + 1);
            Descriptives score = summary.score().value();
            assertEquals(expected.get("n").asLong(), score.n(), label);
            closeTo(expected.get("scale_mean").asDouble(), score.mean(), label);
            closeTo(expected.get("scale_sd").asDouble(), score.sd().value(), label);
            for (int i = 0; i < 7; i++) {
                closeTo(expected.at("/item_means/" + Psafety.ITEMS[i]).asDouble(),
                        summary.items().get(i).descriptives().value().mean(), label + " " + Psafety.ITEMS[i]);
            }
            Rwg agreement = summary.agreement().value();
            assertEquals(7, agreement.items());
            closeTo(expected.get("mean_item_variance").asDouble(), agreement.meanItemVariance(), label);
            closeTo(expected.get("rwg_j_truncated").asDouble(), agreement.rwg(), label);
            closeTo(expected.get("rwg_j").asDouble(), agreement.rwg(), label + " (no truncation happens here)");
            rwg.add(agreement.rwg());
        }
        closeTo(data.expected.at("/rwg_j/mean_rwg_j_truncated").asDouble(),
                rwg.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), "mean rwg(j)");
        double[] sorted = rwg.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        closeTo(data.expected.at("/rwg_j/median_rwg_j_truncated").asDouble(), Descriptives.medianOfSorted(sorted),
                "median rwg(j)");
    }

    @Test
    void engineReliabilityIsTheDirectReliability() {
        assertEquals(Reliability.of(data.answers, Psafety.COLUMNS, Psafety.REVERSED, Psafety.SCALE,
                MissingAnswers.PAIRWISE), scale.pairwise());
        assertEquals(Reliability.of(data.answers, Psafety.COLUMNS, Psafety.REVERSED, Psafety.SCALE,
                MissingAnswers.LISTWISE), scale.listwise());
    }

    @Test
    void scaleAndItemDescriptivesMatchPsych() {
        JsonNode alpha = data.expected.get("alpha");
        Descriptives score = scale.score().value();
        closeTo(alpha.get("scale_mean").asDouble(), score.mean(), "scale mean");
        closeTo(alpha.get("scale_sd").asDouble(), score.sd().value(), "scale sd");
        for (int i = 0; i < 7; i++) {
            Descriptives item = result.items().get(i).descriptives().value();
            closeTo(alpha.at("/item_mean/" + Psafety.ITEMS[i]).asDouble(), item.mean(), Psafety.ITEMS[i]);
            closeTo(alpha.at("/item_sd/" + Psafety.ITEMS[i]).asDouble(), item.sd().value(), Psafety.ITEMS[i]);
        }
    }
}
