package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a report's JSON writer makes of a result: plain numbers, and a reason where there is no number. */
class JsonShapeTest {

    @Test
    void aResultWritesAsJsonWithoutNaNAndNotComputableCarriesItsReason() throws Exception {
        SurveyResult tiny = RandomSurveys.generate(new SplittableRandom(3), 3, 2, 0.3, 1).compute();
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(tiny);
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        JsonNode tree = mapper.readTree(json);
        JsonNode relativeWeights = tree.at("/drivers/value/relativeWeights");
        assertEquals("TOO_FEW_CASES", relativeWeights.get("reason").asText(), relativeWeights.toString());
        assertFalse(relativeWeights.get("computed").asBoolean());
        JsonNode firstItemMean = tree.at("/items/0/descriptives/value/mean");
        assertTrue(firstItemMean.isNumber(), tree.at("/items/0").toString());
        assertTrue(tree.at("/items/0/descriptives/computed").asBoolean());
    }
}
