package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mirror questionnaire names the questionnaire it mirrors and, item by item, the internal item it
 * pairs with: checked in its own file (where a pairing may appear) and against the other file once
 * both are read (that the item exists there, in a dimension, on the same scale).
 */
class MirrorQuestionnaireTest {

    /** Outsiders' view of {@link SampleInstrument}, on its scales: two items paired, one not, an outcome. */
    static final String MIRROR = """
            key: outside
            mirrors:
              instrument: sample
              outward_dimension: sharing
            title:
              en: Outside
              fr: Dehors
            description:
              en: How they relate to you.
              fr: Leur façon d'être en relation avec vous.
            languages: [en, fr]
            %s
            dimensions:
              - key: open_to_us
                title:
                  en: Open to us
                  fr: Ouverts avec nous
                items:
                  - key: they_listen
                    pairs_with: safe_speak
                    text:
                      en: They listen to me.
                      fr: Ils m'écoutent.
                  - key: they_hide
                    pairs_with: safe_silent
                    reverse: true
                    text:
                      en: They keep things from me.
                      fr: Ils me cachent des choses.
                  - key: they_are_kind
                    text:
                      en: They are kind.
                      fr: Ils sont aimables.
            outcomes:
              - key: recommend_them
                scale: likelihood
                text:
                  en: Would you recommend them?
                  fr: Les recommanderiez-vous ?
            """.formatted(scalesOfTheSample());

    @TempDir
    Path dir;

    /** The sample's {@code scales:} block, so that paired items share their scales. */
    private static String scalesOfTheSample() {
        String yaml = SampleInstrument.YAML;
        return yaml.substring(yaml.indexOf("scales:\n"), yaml.indexOf("dimensions:\n")).stripTrailing();
    }

    @Test
    void aMirrorKeepsWhatItMirrorsAndEachItemsPairingAsContent() throws IOException {
        Map<String, Instrument> loaded = load(MIRROR);
        Instrument outside = loaded.get("outside");
        assertTrue(outside.isMirror());
        assertEquals(new MirrorTarget("sample", "sharing"), outside.mirrors());
        assertEquals(java.util.Arrays.asList("safe_speak", "safe_silent", null, null),
                outside.items().stream().map(Item::pairsWith).toList());
        assertFalse(loaded.get("sample").isMirror());

        String json = InstrumentJson.toJson(outside);
        assertTrue(json.contains("\"pairsWith\":\"safe_speak\"") && json.contains("\"outwardDimension\":\"sharing\""), json);
        Instrument readBack = InstrumentJson.fromJson(json, InstrumentJson.contentHash(json));
        assertEquals(outside, readBack);
        // the pairing is part of what a stored assessment pins: another pairing is another version
        String repaired = MIRROR.replace("pairs_with: safe_speak", "pairs_with: share_wins");
        assertNotEquals(outside.contentHash(), SampleInstrument.parse(repaired).contentHash());
        // and a questionnaire that is no mirror says nothing about mirrors
        String internal = InstrumentJson.toJson(loaded.get("sample"));
        assertFalse(internal.contains("mirrors") || internal.contains("pairsWith"), internal);
    }

    @Test
    void aPairingToAnItemThatDoesNotExistThereIsRefused() {
        assertRefusedOnLoading(MIRROR.replace("pairs_with: safe_speak", "pairs_with: safe_shout"),
                "dimensions[0].items[0].pairs_with: 'sample' has no item 'safe_shout'");
    }

    @Test
    void aPairingToAnItemOnAnotherScaleIsRefused() {
        String otherScale = MIRROR.replace("        pairs_with: safe_silent\n",
                "        pairs_with: safe_silent\n        scale: likelihood\n");
        assertRefusedOnLoading(otherScale, "dimensions[0].items[1].pairs_with: 'safe_silent' has another scale:"
                + " 'agreement' 1 to 5 (favorable from 4, unfavorable to 2) in 'sample', 'likelihood' 0 to 10"
                + " (favorable from 9, unfavorable to 6) here; paired items are answered on the same scale");
        String otherSplit = MIRROR.replace("    favorable_from: 4\n", "    favorable_from: 5\n");
        assertRefusedOnLoading(otherSplit, "dimensions[0].items[0].pairs_with: 'safe_speak' has another scale");
    }

    @Test
    void aPairingToAnOutcomeIsRefused() {
        assertRefusedOnLoading(MIRROR.replace("pairs_with: safe_speak", "pairs_with: recommend"),
                "dimensions[0].items[0].pairs_with: 'recommend' is an outcome item of 'sample'");
    }

    @Test
    void whatItMirrorsMustExistAndNotBeAMirror() {
        assertRefusedOnLoading(MIRROR.replace("instrument: sample", "instrument: pulse"),
                "mirrors.instrument: no questionnaire 'pulse' to mirror; available: outside, sample");
        assertRefusedOnLoading(MIRROR.replace("instrument: sample", "instrument: outside"),
                "mirrors.instrument: 'outside' is itself a mirror questionnaire");
        assertRefusedOnLoading(MIRROR.replace("outward_dimension: sharing", "outward_dimension: outward"),
                "mirrors.outward_dimension: 'sample' has no dimension 'outward'; its dimensions: safety, sharing");
    }

    @Test
    void theMirrorFileAloneRefusesWhatNoOtherFileCouldMakeRight() {
        assertRefused(SampleInstrument.YAML.replace("      - key: safe_speak\n",
                "      - key: safe_speak\n        pairs_with: they_listen\n"), "dimensions[0].items[0].pairs_with",
                "only a mirror questionnaire pairs its items");
        assertRefused(MIRROR.replace("pairs_with: safe_silent", "pairs_with: safe_speak"),
                "dimensions[0].items[1].pairs_with",
                "'safe_speak' is already paired with dimensions[0].items[0]: an internal item is mirrored once");
        assertRefused(MIRROR.replace("    scale: likelihood\n", "    scale: likelihood\n    pairs_with: recommend\n"),
                "outcomes[0].pairs_with", "an outcome item is not paired");
        assertRefused(MIRROR.replace("  outward_dimension: sharing\n", ""), "mirrors.outward_dimension",
                "missing required field");
        assertRefused(MIRROR.replace("pairs_with: safe_speak", "pairs_with: Safe Speak"),
                "dimensions[0].items[0].pairs_with", "'Safe Speak' is not a valid key");
        assertRefused(MIRROR.replace("        pairs_with: safe_speak\n", "").replace("        pairs_with: safe_silent\n", ""),
                "mirrors", "a mirror questionnaire pairs at least one item with an item of 'sample'");
        assertRefused(MIRROR.replace("  instrument: sample\n", "  instrument: sample\n  colour: blue\n"),
                "mirrors.colour", "unknown field 'colour'; allowed here: instrument, outward_dimension");
    }

    @Test
    void itemsWithoutAPairingAreKept() throws IOException {
        assertNull(load(MIRROR).get("outside").items().get(2).pairsWith());
    }

    private Map<String, Instrument> load(String mirror) throws IOException {
        Files.writeString(dir.resolve("sample.yaml"), SampleInstrument.YAML);
        Files.writeString(dir.resolve("outside.yaml"), mirror);
        return InstrumentCatalog.loadDirectory(dir).stream()
                .collect(Collectors.toMap(Instrument::key, Function.identity()));
    }

    private void assertRefusedOnLoading(String mirror, String expected) {
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class, () -> load(mirror));
        assertEquals(dir.resolve("outside.yaml").toString(), e.file());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static void assertRefused(String yaml, String path, String message) {
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class,
                () -> SampleInstrument.parse(yaml));
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(path + ": ") && p.contains(message)), problems.toString());
    }
}
