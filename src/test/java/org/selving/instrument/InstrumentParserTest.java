package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selving.instrument.SampleInstrument.FILE;
import static org.selving.instrument.SampleInstrument.edit;
import static org.selving.instrument.SampleInstrument.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of broken questionnaire file is refused with a message that names the file, the
 * field and what is wrong; a valid file gives the instrument it describes.
 */
class InstrumentParserTest {

    @Test
    void aValidFileGivesTheInstrumentItDescribes() {
        Instrument sample = parse(SampleInstrument.YAML);
        assertEquals("sample", sample.key());
        assertEquals(List.of("en", "fr"), sample.languages());
        assertEquals(List.of("safe_speak", "safe_silent", "share_wins", "recommend"),
                sample.items().stream().map(Item::key).toList());
        Item silent = sample.items().get(1);
        assertEquals("safety", silent.dimension());
        assertTrue(silent.reverse());
        assertFalse(silent.required());
        assertTrue(sample.items().get(2).required());
        assertEquals("Les gens se taisent.", silent.text().get("fr"));
        assertEquals(64, sample.contentHash().length());
    }

    @Test
    void itemsWithoutAScaleUseTheFirstScaleAndCommentsDefaultTo2000Characters() {
        Instrument sample = parse(SampleInstrument.YAML);
        assertEquals("agreement", sample.items().get(0).scale());
        assertEquals("likelihood", sample.outcomes().get(0).scale());
        assertEquals(500, sample.comments().get(0).maxLength());
        assertEquals(2000, sample.comments().get(1).maxLength());
    }

    @Test
    void aDimensionScaleAppliesToItsItemsUnlessAnItemNamesItsOwn() {
        Instrument sample = parse(edit("  - key: sharing\n", "  - key: sharing\n    scale: likelihood\n")
                .replace("      - key: safe_speak\n", "      - key: safe_speak\n        scale: likelihood\n"));
        assertEquals("likelihood", sample.items().get(0).scale());
        assertEquals("agreement", sample.items().get(1).scale());
        assertEquals("likelihood", sample.items().get(2).scale());
    }

    @Test
    void anElevenPointZeroToTenScaleIsFine() {
        ResponseScale likelihood = parse(SampleInstrument.YAML).scales().get("likelihood");
        assertEquals(11, likelihood.points());
        assertTrue(likelihood.accepts(0) && likelihood.accepts(10));
        assertFalse(likelihood.accepts(11));
    }

    @Test
    void invalidYamlSyntax() {
        assertRefused(edit("languages: [en, fr]", "languages: [en, fr"), "languages[2]", "not valid YAML");
    }

    @Test
    void tabIndentation() {
        assertRefused(edit("    min: 0", "\tmin: 0"), "scales[1]", "not valid YAML");
    }

    @Test
    void misspelledField() {
        assertRefused(edit("    reverse: true", "    revers: true"), "dimensions[0].items[1].revers",
                "unknown field 'revers'; allowed here: key, pairs_with, required, reverse, scale, text");
    }

    @Test
    void unknownTopLevelField() {
        assertRefused(SampleInstrument.YAML + "author: me\n", "author", "unknown field 'author'");
    }

    @Test
    void missingRequiredField() {
        assertRefused(edit("  - key: sharing\n    title:\n      en: Sharing\n      fr: Partage\n", "  - key: sharing\n"),
                "dimensions[1].title", "missing required field");
    }

    @Test
    void missingItemKey() {
        assertRefused(edit("      - key: share_wins\n", "      -\n"), "dimensions[1].items[0].key",
                "missing required field");
    }

    @Test
    void duplicateItemKey() {
        assertRefused(edit("- key: share_wins", "- key: safe_speak"), "dimensions[1].items[0].key",
                "duplicate item key 'safe_speak', already used at dimensions[0].items[0]");
    }

    @Test
    void commentPromptKeyClashingWithAnItemKey() {
        assertRefused(edit("- key: comment_other", "- key: recommend"), "comments[1].key",
                "duplicate item key 'recommend', already used at outcomes[0]");
    }

    @Test
    void duplicateCommentPromptKey() {
        assertRefused(edit("- key: comment_other", "- key: comment_change"), "comments[1].key",
                "duplicate item key 'comment_change', already used at comments[0]");
    }

    @Test
    void duplicateDimensionKey() {
        assertRefused(edit("- key: sharing", "- key: safety"), "dimensions[1].key",
                "duplicate dimension key 'safety', already used at dimensions[0]");
    }

    @Test
    void duplicateScaleKey() {
        assertRefused(edit("- key: likelihood", "- key: agreement").replace("scale: likelihood", "scale: agreement"),
                "scales[1].key", "duplicate scale key 'agreement', already used at scales[0]");
    }

    @Test
    void duplicateYamlMapKey() {
        assertRefused(edit("      fr: Les gens se taisent.", "      fr: Les gens se taisent.\n          en: Again."),
                "dimensions[0].items[1].text.en", "duplicate key 'en': a key may appear only once in a mapping");
    }

    @Test
    void unknownScale() {
        assertRefused(edit("scale: likelihood", "scale: likeliness"), "outcomes[0].scale",
                "unknown scale 'likeliness'; declared scales: agreement, likelihood");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            '  fr: Exemple\n'                                 | ''                          | title.fr
            '      fr: Sécurité\n'                            | ''                          | dimensions[0].title.fr
            '      fr: Les réussites et les échecs sont partagés.\n' | ''                   | dimensions[1].description.fr
            '          fr: Les gens se taisent.\n'            | ''                          | dimensions[0].items[1].text.fr
            '      fr: Nous recommanderiez-vous ?\n'          | ''                          | outcomes[0].text.fr
            '      fr: Autre chose ?\n'                       | ''                          | comments[1].text.fr
            '      fr: [Pas du tout probable, Extrêmement probable]\n' | ''                 | scales[1].anchors.fr
            '          fr: Les gens se taisent.'              | '          fr: \"  \"'      | dimensions[0].items[1].text.fr
            """)
    void missingTranslation(String passage, String replacement, String path) {
        assertRefused(edit(passage, replacement), path, "missing translation for language 'fr'");
    }

    @Test
    void missingTranslationOfScaleLabels() {
        assertRefused(edit("      fr: [Pas du tout d'accord, Pas d'accord, Neutre, D'accord, Tout à fait d'accord]\n",
                ""), "scales[0].labels.fr", "missing translation for language 'fr'");
    }

    @Test
    void textInALanguageTheFileDoesNotDeclare() {
        assertRefused(edit("      fr: Partage\n", "      fr: Partage\n      de: Teilen\n"), "dimensions[1].title.de",
                "language 'de' is not declared in languages [en, fr]");
    }

    @Test
    void titleTooLongToStore() {
        assertRefused(edit("  en: Sample\n", "  en: " + "S".repeat(301) + "\n"), "title.en", "longer than 300 characters");
    }

    @Test
    void invalidLanguageCode() {
        assertRefused(edit("languages: [en, fr]", "languages: [en, French]"), "languages[1]",
                "'French' is not a language code such as en, fr or pt-BR");
    }

    @Test
    void emptyScale() {
        assertRefused(edit("    max: 5", "    max: 1"), "scales[0].max", "empty scale: max (1) must be above min (1)");
    }

    @Test
    void scaleMinAboveMax() {
        assertRefused(edit("    min: 1", "    min: 7"), "scales[0].max", "empty scale: max (5) must be above min (7)");
    }

    @Test
    void scaleWithoutAnyLabels() {
        assertRefused(edit("""
                    labels:
                      en: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]
                      fr: [Pas du tout d'accord, Pas d'accord, Neutre, D'accord, Tout à fait d'accord]
                """, ""), "scales[0].labels", "missing required field: give labels (one per point, 5 here)");
    }

    @Test
    void labelCountNotMatchingThePoints() {
        assertRefused(edit("en: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]",
                "en: [Strongly disagree, Disagree, Agree, Strongly agree]"), "scales[0].labels.en",
                "has 4 labels but needs 5: the scale has 5 points (1 to 5)");
    }

    @Test
    void anchorsNotNamingTwoEnds() {
        assertRefused(edit("en: [Not at all likely, Extremely likely]", "en: [Not at all likely]"),
                "scales[1].anchors.en", "has 1 labels but needs 2: anchors name the two ends of the scale");
    }

    @Test
    void labelsAndAnchorsTogether() {
        assertRefused(edit("    anchors:\n", "    labels: {en: [a], fr: [b]}\n    anchors:\n"), "scales[1]",
                "give either labels (one per point) or anchors (for min and max), not both");
    }

    @Test
    void favorableSplitOutsideTheScale() {
        assertRefused(edit("    favorable_from: 4", "    favorable_from: 6"), "scales[0].favorable_from",
                "6 is outside the scale (1 to 5)");
    }

    @Test
    void unfavorableRangeReachingIntoTheFavorableOne() {
        assertRefused(edit("    unfavorable_to: 2", "    unfavorable_to: 4"), "scales[0].unfavorable_to",
                "unfavorable_to (4) must be below favorable_from (4)");
    }

    @Test
    void scaleTooLongToStoreInOneByte() {
        assertRefused(edit("    max: 10", "    max: 200"), "scales[1].max", "the scale has 201 points; at most 101");
    }

    @Test
    void reverseFlagOnAFreeTextPrompt() {
        assertRefused(edit("  - key: comment_other\n", "  - key: comment_other\n    reverse: true\n"),
                "comments[1].reverse", "a free-text prompt cannot be reverse-keyed");
    }

    @Test
    void commentLengthBeyondWhatIsStored() {
        assertRefused(edit("max_length: 500", "max_length: 5000"), "comments[0].max_length",
                "5000 is not between 1 and 4000");
    }

    @Test
    void dimensionWithNoItems() {
        String sample = SampleInstrument.YAML;
        String itemsOfSharing = sample.substring(sample.indexOf("    items:\n      - key: share_wins"),
                sample.indexOf("outcomes:"));
        assertRefused(edit(itemsOfSharing, "    items: []\n"), "dimensions[1].items",
                "a dimension needs at least one item");
    }

    @Test
    void noDimensions() {
        String withoutDimensions = SampleInstrument.YAML.substring(0, SampleInstrument.YAML.indexOf("dimensions:"))
                + SampleInstrument.YAML.substring(SampleInstrument.YAML.indexOf("outcomes:"));
        assertRefused(withoutDimensions, "dimensions", "declare at least one dimension");
    }

    @Test
    void keyNotInTheDocumentedFormat() {
        assertRefused(edit("- key: safety", "- key: Psychological-Safety"), "dimensions[0].key",
                "'Psychological-Safety' is not a valid key: use lower-case letters a-z, digits and _");
    }

    @Test
    void valueOfTheWrongType() {
        assertRefused(edit("    min: 1", "    min: one"), "scales[0].min", "'one' is not a whole number");
    }

    @Test
    void textWhereAMappingOfLanguagesIsExpected() {
        assertRefused(edit("""
                    title:
                      en: Safety
                      fr: Sécurité
                """, "    title: Safety\n"), "dimensions[0].title",
                "wrong kind of value: expected a mapping (name: value)");
    }

    @Test
    void moreThanOneDocumentInAFile() {
        assertRefused(SampleInstrument.YAML + "---\nkey: other\n", "",
                "the file holds more than one YAML document (---): write one questionnaire per file");
    }

    @Test
    void emptyFile() {
        assertRefused("  \n", "", "the file is empty");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        InstrumentDefinitionException e = assertRefused(edit("- key: share_wins", "- key: safe_speak")
                .replace("    favorable_from: 4", "    favorable_from: 6"), "dimensions[1].items[0].key",
                "duplicate item key 'safe_speak'");
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("has 2 problems"), e.getMessage());
        assertTrue(e.getMessage().contains("scales[0].favorable_from: 6 is outside the scale (1 to 5)"),
                e.getMessage());
    }

    /** Refused, with the file, the field and the problem all in the message. */
    private static InstrumentDefinitionException assertRefused(String yaml, String path, String problem) {
        InstrumentDefinitionException e = assertThrows(InstrumentDefinitionException.class,
                () -> new InstrumentParser().parse(FILE, yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FILE, e.file());
        String message = e.getMessage();
        assertTrue(message.contains(FILE), message);
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path) && p.message().contains(problem)),
                "expected '" + path + ": " + problem + "' in: " + message);
        assertTrue(message.contains(path.isEmpty() ? problem : path + ": "), message);
        return e;
    }
}
