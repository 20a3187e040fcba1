package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** psych::alpha and psych::omega(nfactors = 1) on the reference data, to the stated tolerances. */
class PsafetyReliabilityTest {

    private static final double CLOSED_FORM = 1e-8;
    private static final double OMEGA = 1e-3;

    private final Psafety data = Psafety.load();
    private final JsonNode alpha = data.expected.get("alpha");

    /** There is no missing data in the reference file, so pairwise and listwise must both match it. */
    @ParameterizedTest
    @EnumSource(MissingAnswers.class)
    void alphaMatchesPsych(MissingAnswers missing) {
        Alpha a = reliability(missing).alpha().value();
        assertEquals(alpha.get("n").asLong(), a.n());
        assertEquals(alpha.get("raw_alpha").asDouble(), a.raw(), CLOSED_FORM);
        assertEquals(alpha.get("std_alpha").asDouble(), a.standardized(), CLOSED_FORM);
        assertEquals(alpha.get("G6_smc").asDouble(), a.g6Smc().value(), CLOSED_FORM);
        assertEquals(alpha.get("average_r").asDouble(), a.averageR(), CLOSED_FORM);
        assertEquals(alpha.get("alpha_ase_duhachek").asDouble(), a.duhachekAse().value(), CLOSED_FORM);
        assertEquals(alpha.at("/duhachek_ci95/lower").asDouble(), a.duhachekCi95().value().lower(), CLOSED_FORM);
        assertEquals(alpha.at("/duhachek_ci95/upper").asDouble(), a.duhachekCi95().value().upper(), CLOSED_FORM);
        assertEquals(alpha.at("/feldt_ci95/lower").asDouble(), a.feldtCi95().value().lower(), CLOSED_FORM);
        assertEquals(alpha.at("/feldt_ci95/upper").asDouble(), a.feldtCi95().value().upper(), CLOSED_FORM);
        assertEquals(alpha.get("scale_mean").asDouble(), a.scoreMean(), CLOSED_FORM);
        assertEquals(alpha.get("scale_sd").asDouble(), a.scoreSd().value(), CLOSED_FORM);
        assertEquals(alpha.get("mean_of_item_means").asDouble(), a.meanOfItemMeans(), CLOSED_FORM);
        for (int i = 0; i < 7; i++) {
            String item = Psafety.ITEMS[i];
            ItemReliability stats = a.items().get(i);
            assertEquals(i, stats.column());
            assertEquals(114, stats.n());
            assertEquals(alpha.at("/item_mean/" + item).asDouble(), stats.mean(), CLOSED_FORM, item);
            assertEquals(alpha.at("/item_sd/" + item).asDouble(), stats.sd().value(), CLOSED_FORM, item);
            assertEquals(alpha.at("/item_raw_r/" + item).asDouble(), stats.rawR().value(), CLOSED_FORM, item);
            assertEquals(alpha.at("/r_drop/" + item).asDouble(), stats.rDrop().value(), CLOSED_FORM, item);
            assertEquals(alpha.at("/alpha_if_deleted_raw/" + item).asDouble(), stats.alphaIfDeletedRaw().value(),
                    CLOSED_FORM, item);
            assertEquals(alpha.at("/alpha_if_deleted_std/" + item).asDouble(), stats.alphaIfDeletedStd().value(),
                    CLOSED_FORM, item);
        }
    }

    @ParameterizedTest
    @EnumSource(MissingAnswers.class)
    void omegaMatchesPsychMinres(MissingAnswers missing) {
        JsonNode reference = data.expected.at("/omega/nfactors1");
        OmegaTotal omega = reliability(missing).omega().value();
        assertEquals(reference.get("omega_total_psych").asDouble(), omega.omegaTotal(), OMEGA);
        assertEquals(reference.get("omega_total_model").asDouble(), omega.omegaTotalModel(), OMEGA);
        for (int i = 0; i < 7; i++) {
            assertEquals(reference.at("/loadings_minres/" + Psafety.ITEMS[i]).asDouble(), omega.loadings().get(i), OMEGA,
                    Psafety.ITEMS[i]);
        }
    }

    /** psych::alpha(keys = ...) on the raw answers gives the alpha of the pre-reversed items. */
    @Test
    void keyingInTheLayoutEqualsReversingTheMatrixFirst() {
        AnswerMatrix keyed = data.answers.reverseKeyed(new int[] {0, 2, 4}, Psafety.SCALE);
        Alpha fromKeyedMatrix = Reliability.of(keyed, Psafety.COLUMNS, new boolean[7], Psafety.SCALE,
                MissingAnswers.PAIRWISE).alpha().value();
        assertEquals(reliability(MissingAnswers.PAIRWISE).alpha().value(), fromKeyedMatrix);
    }

    private ScaleReliability reliability(MissingAnswers missing) {
        return Reliability.of(data.answers, Psafety.COLUMNS, Psafety.REVERSED, Psafety.SCALE, missing);
    }
}
