package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The questionnaires the project ships in surveys/ are valid and have what the product promises. */
class ShippedSurveysTest {

    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static Instrument selving;
    private static Instrument pulse;
    private static Instrument mirror;

    @BeforeAll
    static void load() {
        Map<String, Instrument> byKey = InstrumentCatalog.loadDirectory(Path.of("surveys")).stream()
                .collect(Collectors.toMap(Instrument::key, Function.identity()));
        assertEquals(Set.of("selving", "pulse", "selving_mirror"), byKey.keySet());
        selving = byKey.get("selving");
        pulse = byKey.get("pulse");
        mirror = byKey.get("selving_mirror");
    }

    @Test
    void selvingCoversEveryDimensionOfThePostWithThreeToFiveItemsAndAReverseItemEach() {
        assertEquals(List.of("knowing_ourselves", "clear_boundaries", "relating_communication",
                "staying_connected", "values_dialogue", "safety_to_speak", "wins_and_losses", "mutual_regard",
                "knowledge_transmission", "relating_outward"),
                selving.dimensions().stream().map(Dimension::key).toList());
        for (Dimension dimension : selving.dimensions()) {
            int items = dimension.items().size();
            assertTrue(items >= 3 && items <= 5, dimension.key() + " has " + items + " items");
            assertTrue(dimension.items().stream().anyMatch(Item::reverse),
                    dimension.key() + " has no negatively worded item");
            assertTrue(dimension.items().stream().anyMatch(item -> !item.reverse()),
                    dimension.key() + " has only negatively worded items");
            dimension.items().forEach(item -> assertEquals("agreement", item.scale(), item.key()));
        }
        assertEquals(41, selving.items().size(), "40 dimension items and the outcome");
    }

    @Test
    void selvingAsksTheRecommendOutcomeOnAZeroToTenScaleAndTwoOpenQuestions() {
        assertEquals(1, selving.outcomes().size());
        Item recommend = selving.outcomes().get(0);
        assertTrue(recommend.isOutcome());
        assertTrue(recommend.text().get("en").contains("recommend this organization as a place to work"));
        ResponseScale likelihood = selving.scaleOf(recommend);
        assertEquals(0, likelihood.min());
        assertEquals(10, likelihood.max());
        assertEquals(9, likelihood.favorableFrom());
        assertEquals(6, likelihood.unfavorableTo());
        assertEquals("Extremely likely", likelihood.label(10, "en").orElseThrow());
        assertEquals("Pas du tout probable", likelihood.label(0, "fr").orElseThrow());
        assertTrue(likelihood.label(5, "en").isEmpty(), "middle points of a 0-10 scale are unlabelled");
        assertEquals(2, selving.comments().size());
        selving.comments().forEach(prompt -> assertTrue(prompt.maxLength() > 0));
    }

    @Test
    void theAgreementScaleLabelsEveryPointAndSplitsFavorableNeutralUnfavorable() {
        ResponseScale agreement = selving.scales().get("agreement");
        assertEquals(5, agreement.points());
        assertEquals("Strongly agree", agreement.label(5, "en").orElseThrow());
        assertEquals("Ni d'accord ni pas d'accord", agreement.label(3, "fr").orElseThrow());
        assertEquals(4, agreement.favorableFrom());
        assertEquals(2, agreement.unfavorableTo());
        assertFalse(agreement.accepts(0));
        assertFalse(agreement.accepts(6));
    }

    @Test
    void everyTextOfEverySurveyExistsInEnglishAndFrench() {
        for (Instrument instrument : List.of(selving, pulse, mirror)) {
            assertEquals(LANGUAGES, instrument.languages());
            assertEquals("en", instrument.defaultLanguage());
            List<Map<String, String>> texts = new ArrayList<>(List.of(instrument.title(),
                    instrument.description()));
            instrument.dimensions().forEach(d -> texts.add(d.title()));
            instrument.items().forEach(i -> texts.add(i.text()));
            instrument.comments().forEach(c -> texts.add(c.text()));
            for (Map<String, String> text : texts) {
                assertEquals(Set.copyOf(LANGUAGES), text.keySet(), text.toString());
                assertFalse(text.get("en").equals(text.get("fr")), "untranslated: " + text);
            }
            instrument.scales().values().forEach(scale -> assertEquals(Set.copyOf(LANGUAGES),
                    (scale.labels().isEmpty() ? scale.anchors() : scale.labels()).keySet()));
        }
    }

    @Test
    void pulseIsShortAndReusesSelvingDimensionsAndItemsWordForWord() {
        int items = pulse.items().size() - pulse.outcomes().size();
        assertTrue(items >= 8 && items <= 12, "pulse has " + items + " items");
        Set<String> selvingDimensions = selving.dimensions().stream().map(Dimension::key).collect(Collectors.toSet());
        Map<String, Item> selvingItems = selving.items().stream()
                .collect(Collectors.toMap(Item::key, Function.identity()));
        for (Item item : pulse.items()) {
            if (!item.isOutcome()) {
                assertTrue(selvingDimensions.contains(item.dimension()), item.dimension());
            }
            assertEquals(selvingItems.get(item.key()), item, "pulse item " + item.key() + " differs from selving's");
        }
        pulse.dimensions().forEach(d -> assertTrue(d.items().stream().anyMatch(Item::reverse), d.key()));
        assertEquals(List.of("recommend_workplace"), pulse.outcomes().stream().map(Item::key).toList());
        assertEquals(1, pulse.comments().size());
    }

    /**
     * The mirror asks outsiders about every item of the outward-facing dimension and about what an
     * outsider can see of the others: listening, keeping promises, working across silos, telling bad
     * news early, learning from mistakes.
     */
    @Test
    void theMirrorPairsEveryItemWithAnInternalItemCoveringTheOutwardDimensionAndWhatOutsidersSee() {
        assertEquals(new MirrorTarget("selving", "relating_outward"), mirror.mirrors());
        Map<String, Item> internal = selving.items().stream().collect(Collectors.toMap(Item::key, Function.identity()));
        for (Dimension dimension : mirror.dimensions()) {
            for (Item item : dimension.items()) {
                Item paired = internal.get(item.pairsWith());
                assertTrue(paired != null && !paired.isOutcome(), item.key() + " pairs with " + item.pairsWith());
                assertEquals(selving.scaleOf(paired), mirror.scaleOf(item), item.key());
            }
        }
        Set<String> pairedDimensions = mirror.dimensions().stream().flatMap(d -> d.items().stream())
                .map(item -> internal.get(item.pairsWith()).dimension()).collect(Collectors.toSet());
        assertTrue(pairedDimensions.containsAll(Set.of("relating_outward", "relating_communication",
                "staying_connected", "wins_and_losses", "knowing_ourselves")), pairedDimensions.toString());
        Set<String> outward = mirror.dimensions().stream().flatMap(d -> d.items().stream()).map(Item::pairsWith)
                .collect(Collectors.toSet());
        selving.dimensions().stream().filter(d -> d.key().equals("relating_outward")).findFirst().orElseThrow()
                .items().forEach(item -> assertTrue(outward.contains(item.key()), item.key() + " is not mirrored"));
        assertEquals(List.of("recommend_them"), mirror.outcomes().stream().map(Item::key).toList());
        assertTrue(mirror.description().get("en").contains("customers"));
    }

    @Test
    void theAnnotatedExampleInTheFormatDocumentationIsAValidQuestionnaire() throws IOException {
        String readme = Files.readString(Path.of("surveys", "README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Instrument teamCheck = new InstrumentParser().parse("surveys/README.md",
                example.getBytes(StandardCharsets.UTF_8));
        assertEquals("team_check", teamCheck.key());
        assertTrue(teamCheck.items().get(1).reverse());
        assertTrue(teamCheck.outcomes().get(0).required());
        assertEquals(1000, teamCheck.comments().get(0).maxLength());
    }
}
