package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.selving.instrument.SampleInstrument.edit;
import static org.selving.instrument.SampleInstrument.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is stored for a pinned version: canonical JSON that reads back exactly, and a stable hash. */
class InstrumentJsonTest {

    /** The sample written differently: other key order, flow style, quotes, comments, folded text. */
    private static final String SAMPLE_REWRITTEN = """
            # Same content as SampleInstrument.YAML, laid out differently.
            languages: [en, fr]
            key: "sample"
            description: {fr: Un petit questionnaire pour les tests., en: A small questionnaire for tests.}
            title: {fr: Exemple, en: 'Sample'}
            comments:
              - text: {fr: "Que changeriez-vous ?", en: "What would you change?"}
                max_length: 500
                key: comment_change
              - key: comment_other
                max_length: 2000   # the default, written out
                text: {en: "Anything else?", fr: "Autre chose ?"}
            outcomes:
              - {key: recommend, scale: likelihood, text: {en: "Would you recommend us?", fr: "Nous recommanderiez-vous ?"}}
            dimensions:
              - title: {fr: Sécurité, en: Safety}
                key: safety
                items:
                  - {key: safe_speak, reverse: false, required: false, scale: agreement,
                     text: {fr: "Je peux m'exprimer.", en: I can speak up.}}
                  - text:
                      fr: Les gens se taisent.
                      en: >
                        People keep quiet.
                    reverse: true
                    key: safe_silent
              - key: sharing
                description: {en: Wins and losses are shared., fr: Les réussites et les échecs sont partagés.}
                title: {en: Sharing, fr: Partage}
                items:
                  - {required: true, key: share_wins, text: {en: Wins are shared., fr: Les réussites sont partagées.}}
            scales:
              - {key: agreement, min: 1, max: 5, favorable_from: 4, unfavorable_to: 2, labels: {
                  fr: ["Pas du tout d'accord", "Pas d'accord", Neutre, "D'accord", Tout à fait d'accord],
                  en: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]}}
              - unfavorable_to: 6
                favorable_from: 9
                anchors:
                  fr: [Pas du tout probable, Extrêmement probable]
                  en: [Not at all likely, Extremely likely]
                max: 10
                min: 0
                key: likelihood
            """;

    @Test
    void theShippedSurveysReadBackExactlyFromTheirStoredJson() {
        for (Instrument instrument : InstrumentCatalog.loadDirectory(Path.of("surveys"))) {
            String json = InstrumentJson.toJson(instrument);
            Instrument readBack = InstrumentJson.fromJson(json, InstrumentJson.contentHash(json));
            assertEquals(instrument, readBack, instrument.key());
            assertEquals(instrument.contentHash(), readBack.contentHash());
            assertEquals(instrument.items(), readBack.items(), "storage order of answers");
        }
    }

    @Test
    void theContentHashIsTheSha256OfTheCanonicalJson() throws Exception {
        Instrument sample = parse(SampleInstrument.YAML);
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(InstrumentJson.toJson(sample).getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), sample.contentHash());
    }

    @Test
    void canonicalJsonIsCompactWithSortedKeysAndWithoutTheHash() throws Exception {
        String json = InstrumentJson.toJson(parse(SampleInstrument.YAML));
        assertFalse(json.contains("\n") || json.contains(": "), json);
        assertFalse(json.contains("contentHash"), json);
        assertSortedKeys(new ObjectMapper().readTree(json), "");
    }

    @Test
    void theCanonicalFormOfTheSampleNeverChangesSilently() {
        // Every stored version is found again by this hash. If this fails, the canonical form has
        // changed (model records, Jackson): pinning a file again would store a duplicate version.
        assertEquals("cc5d435ee9914e084c3a491021a8a0579f84f902b6c446185c924169b9f2ac94",
                parse(SampleInstrument.YAML).contentHash());
    }

    @Test
    void theSameContentLaidOutDifferentlyHasTheSameHash() {
        Instrument sample = parse(SampleInstrument.YAML);
        Instrument rewritten = parse(SAMPLE_REWRITTEN);
        assertEquals(sample, rewritten);
        assertEquals(sample.contentHash(), rewritten.contentHash());
    }

    @Test
    void anyChangeOfContentChangesTheHash() {
        String hash = parse(SampleInstrument.YAML).contentHash();
        List<String> changed = new ArrayList<>(List.of(
                edit("fr: Les gens se taisent.", "fr: Les gens se taisent souvent."),
                edit("\n        reverse: true\n", "\n"),
                edit("    max_length: 500", "    max_length: 400"),
                edit("    favorable_from: 9", "    favorable_from: 8"),
                edit("languages: [en, fr]", "languages: [fr, en]"),
                edit("""
                              - key: safe_speak
                                text:
                                  en: I can speak up.
                                  fr: Je peux m'exprimer.
                        """, "").replace("""
                                  fr: Les gens se taisent.
                        """, """
                                  fr: Les gens se taisent.
                              - key: safe_speak
                                text:
                                  en: I can speak up.
                                  fr: Je peux m'exprimer.
                        """)));
        for (String yaml : changed) {
            assertNotEquals(hash, parse(yaml).contentHash(), yaml);
        }
    }

    @Test
    void somethingElseThanAStoredInstrumentIsRefused() {
        String json = "{\"key\":\"x\",\"colour\":1}";
        assertThrows(IllegalArgumentException.class, () -> InstrumentJson.fromJson(json, InstrumentJson.contentHash(json)));
    }

    private static void assertSortedKeys(JsonNode node, String path) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            assertEquals(names.stream().sorted().toList(), names, "keys of " + path);
            names.forEach(name -> assertSortedKeys(node.get(name), path + "." + name));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertSortedKeys(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
