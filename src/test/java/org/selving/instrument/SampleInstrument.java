package org.selving.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

/** A small valid questionnaire file, and broken variants of it made by one edit each. */
final class SampleInstrument {

    static final String FILE = "surveys/sample.yaml";

    static final String YAML = """
            key: sample
            title:
              en: Sample
              fr: Exemple
            description:
              en: A small questionnaire for tests.
              fr: Un petit questionnaire pour les tests.
            languages: [en, fr]
            scales:
              - key: agreement
                min: 1
                max: 5
                labels:
                  en: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]
                  fr: [Pas du tout d'accord, Pas d'accord, Neutre, D'accord, Tout à fait d'accord]
                favorable_from: 4
                unfavorable_to: 2
              - key: likelihood
                min: 0
                max: 10
                anchors:
                  en: [Not at all likely, Extremely likely]
                  fr: [Pas du tout probable, Extrêmement probable]
                favorable_from: 9
                unfavorable_to: 6
            dimensions:
              - key: safety
                title:
                  en: Safety
                  fr: Sécurité
                items:
                  - key: safe_speak
                    text:
                      en: I can speak up.
                      fr: Je peux m'exprimer.
                  - key: safe_silent
                    reverse: true
                    text:
                      en: People keep quiet.
                      fr: Les gens se taisent.
              - key: sharing
                title:
                  en: Sharing
                  fr: Partage
                description:
                  en: Wins and losses are shared.
                  fr: Les réussites et les échecs sont partagés.
                items:
                  - key: share_wins
                    required: true
                    text:
                      en: Wins are shared.
                      fr: Les réussites sont partagées.
            outcomes:
              - key: recommend
                scale: likelihood
                text:
                  en: Would you recommend us?
                  fr: Nous recommanderiez-vous ?
            comments:
              - key: comment_change
                max_length: 500
                text:
                  en: What would you change?
                  fr: Que changeriez-vous ?
              - key: comment_other
                text:
                  en: Anything else?
                  fr: Autre chose ?
            """;

    private SampleInstrument() {
    }

    static Instrument parse(String yaml) {
        return new InstrumentParser().parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The sample with one passage, which must occur exactly once, replaced. */
    static String edit(String passage, String replacement) {
        assertTrue(YAML.contains(passage), "passage not in the sample: " + passage);
        assertEquals(YAML.indexOf(passage), YAML.lastIndexOf(passage), "passage must occur once: " + passage);
        return YAML.replace(passage, replacement);
    }
}
