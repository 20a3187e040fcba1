package org.selving.response;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.selving.response.RespondPagesTest.assertContains;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentParser;
import org.selving.web.FieldError;
import org.selving.web.Messages;
import org.selving.web.Page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How the questionnaire page shows items the instrument marks as required. The shipped
 * questionnaires have none, so this renders the page for a small one that does.
 */
@QuarkusTest
class QuestionnaireFormTest {

    static final Instrument WITH_A_REQUIRED_ITEM = new InstrumentParser().parse("required.yaml", """
            key: required
            title: {en: Short check, fr: Point rapide}
            description: {en: Two questions., fr: Deux questions.}
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
            dimensions:
              - key: safety
                title: {en: Safety, fr: Sécurité}
                items:
                  - key: safe_speak
                    required: true
                    text: {en: I can speak up., fr: Je peux m'exprimer.}
                  - key: safe_silent
                    reverse: true
                    text: {en: People keep quiet., fr: Les gens se taisent.}
            """.getBytes(StandardCharsets.UTF_8));

    @Test
    void aRequiredItemIsMarkedOffersNoWayOutAndSaysWhenItWasSkipped() {
        FormEntries entries = new FormEntries(Map.of("safe_speak", "", "safe_silent", "2"), Map.of(), "", "");
        // as the response service reports a required item left unanswered
        List<FieldError> errors = List.of(new FieldError("answers.safe_speak", "required"));
        String html = render("fr", entries, errors);

        assertContains(html, "<legend>Je peux m&#39;exprimer. <span class=\"required\">(obligatoire)</span></legend>");
        assertContains(html, "<a href=\"#q-safe_speak-1\">Je peux m&#39;exprimer. : Cette question est obligatoire :"
                + " choisissez une réponse.</a>");
        assertContains(html, "<p class=\"field-error\" id=\"q-safe_speak-error\">");
        assertContains(html, "id=\"q-safe_silent-2\" value=\"2\" checked");
        assertContains(html, "id=\"q-safe_silent-none\"");
        assertFalse(html.contains("id=\"q-safe_speak-none\""), "a required item offers no 'No answer'");
    }

    private static String render(String language, FormEntries entries, List<FieldError> errors) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language));
        QuestionnaireForm form = QuestionnaireForm.of("/respond/CODE/questions", WITH_A_REQUIRED_ITEM, language,
                null, 5, null, entries, errors, msg);
        Page page = new Page(language, List.of(), true);
        return RespondPages.Templates.questionnaire(page, form).setLocale(page.locale()).render();
    }
}
