package org.selving.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Dimension;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.organization.UnitNode;
import org.selving.web.FieldError;
import org.selving.web.Messages;
import org.selving.web.MirrorMessages;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The questionnaire as its page shows it ({@code templates/response/questionnaire.html}): every
 * text in one language, what the respondent entered, and what is wrong with it, both next to each
 * field and in a summary whose links lead to the fields.
 *
 * @param action   where the form is posted, without query
 * @param lead     a paragraph under the title, or {@code null}
 * @param unit     the unit picker of an open link; {@code null} when a code decides the unit
 * @param segment  the optional segment question; {@code null} when none is asked
 * @param errors   the summary, in the order of the fields on the page
 */
public record QuestionnaireForm(String action, String title, String lead, UnitField unit, List<Section> sections,
        SegmentField segment, List<CommentField> comments, List<ErrorLink> errors) {

    /** One dimension, or the outcome items, under its own heading. */
    public record Section(String id, String heading, String description, List<Question> questions) {
    }

    /**
     * One item: a fieldset whose legend is the item text.
     *
     * @param numeric a 0-10 style scale, its points labelled by number with words at both ends
     */
    public record Question(String id, String text, boolean required, boolean numeric, List<Choice> choices,
            String lowAnchor, String highAnchor, String error) {
    }

    /**
     * One radio button.
     *
     * @param hiddenLabel words read out after the visible label (the anchor of an end point), or {@code null}
     * @param noAnswer    the choice that withdraws an answer
     */
    public record Choice(String id, String name, String value, String label, String hiddenLabel, boolean checked,
            boolean noAnswer) {
    }

    public record SegmentField(String id, String legend, String hint, List<Choice> choices, String error) {
    }

    public record CommentField(String id, String name, String label, int maxLength, String value, String error) {
    }

    /** @param outsider the respondent answers about the organization from outside (a mirror questionnaire): they pick the team they deal with most */
    public record UnitField(String id, List<UnitChoice> roots, String error, boolean outsider) {
    }

    /** A unit of the tree as a radio button, with the units below it. */
    public record UnitChoice(String id, long value, String name, boolean checked, List<UnitChoice> children) {
    }

    public record ErrorLink(String href, String message) {
    }

    /**
     * Builds the form.
     *
     * @param units  the organization's unit tree for an open link, {@code null} with a code
     * @param errors field errors named as the response service names them (the form's field names)
     */
    public static QuestionnaireForm of(String action, Instrument instrument, String language, SegmentQuestion segmentQuestion,
            int minGroupSize, List<UnitNode> units, FormEntries entries, List<FieldError> errors, Messages msg) {
        Map<String, FieldError> errorByField = new HashMap<>();
        errors.forEach(e -> errorByField.putIfAbsent(e.field(), e));
        List<ErrorLink> summary = new ArrayList<>();

        UnitField unitField = null;
        if (units != null) {
            String error = !errorByField.containsKey(FormEntries.UNIT) ? null
                    : instrument.isMirror() ? MessageBundles.get(MirrorMessages.class, Localized.Literal.of(language))
                            .form_error_team() : msg.form_error_unit();
            List<UnitChoice> roots = unitChoices(units, entries.unitId());
            unitField = new UnitField("unit", roots, error, instrument.isMirror());
            if (error != null && !roots.isEmpty()) {
                summary.add(new ErrorLink("#" + roots.get(0).id(), error));
            }
        }

        List<Section> sections = new ArrayList<>();
        for (Dimension dimension : instrument.dimensions()) {
            sections.add(new Section("dimension-" + dimension.key(), dimension.title().get(language),
                    dimension.description().get(language),
                    questions(dimension.items(), instrument, language, entries, errorByField, summary, msg)));
        }
        if (!instrument.outcomes().isEmpty()) {
            sections.add(new Section("outcomes", msg.form_outcomes_heading(), null,
                    questions(instrument.outcomes(), instrument, language, entries, errorByField, summary, msg)));
        }
        if (errorByField.containsKey(ResponseService.JSON_FIELDS.whole())) {
            // nothing was answered at all: lead to the first question
            summary.add(new ErrorLink("#" + sections.get(0).questions().get(0).choices().get(0).id(),
                    msg.form_error_nothing_answered()));
        }

        SegmentField segmentField = null;
        if (segmentQuestion != null) {
            List<Choice> choices = new ArrayList<>();
            List<SegmentQuestion.Option> options = segmentQuestion.options();
            for (int i = 0; i < options.size(); i++) {
                SegmentQuestion.Option option = options.get(i);
                choices.add(new Choice("segment-" + (i + 1), FormEntries.SEGMENT, option.key(),
                        option.label().get(language), null, option.key().equals(entries.segment()), false));
            }
            choices.add(new Choice("segment-none", FormEntries.SEGMENT, "", msg.form_prefer_not_to_say(), null,
                    false, true));
            String error = errorByField.containsKey(FormEntries.SEGMENT) ? msg.form_error_choose() : null;
            String legend = segmentQuestion.text().get(language);
            if (error != null) {
                summary.add(new ErrorLink("#" + choices.get(0).id(), msg.form_error_in_summary(legend, error)));
            }
            segmentField = new SegmentField("segment", legend, msg.form_segment_hint(minGroupSize), choices, error);
        }

        List<CommentField> comments = new ArrayList<>();
        for (CommentPrompt prompt : instrument.comments()) {
            String name = FormEntries.COMMENTS + prompt.key();
            int maxLength = AnswerPacking.maxLength(prompt);
            String error = errorByField.containsKey(name) ? msg.form_error_too_long(maxLength) : null;
            String id = "comment-" + prompt.key();
            String label = prompt.text().get(language);
            if (error != null) {
                summary.add(new ErrorLink("#" + id, msg.form_error_in_summary(label, error)));
            }
            comments.add(new CommentField(id, name, label, maxLength,
                    entries.comments().getOrDefault(prompt.key(), ""), error));
        }

        return new QuestionnaireForm(action, instrument.title().get(language), null, unitField, sections, segmentField,
                comments, summary);
    }

    /**
     * The same items asked again as aims (a live session's second round): under another title and lead,
     * without the segment question and the comments.
     */
    public QuestionnaireForm asAims(String aimTitle, String aimLead) {
        return new QuestionnaireForm(action, aimTitle, aimLead, unit, sections, null, List.of(), errors);
    }

    /** The same form with a paragraph under its title. */
    public QuestionnaireForm withLead(String paragraph) {
        return new QuestionnaireForm(action, title, paragraph, unit, sections, segment, comments, errors);
    }

    private static List<Question> questions(List<Item> items, Instrument instrument, String language,
            FormEntries entries, Map<String, FieldError> errorByField, List<ErrorLink> summary, Messages msg) {
        List<Question> questions = new ArrayList<>();
        for (Item item : items) {
            String name = FormEntries.ANSWERS + item.key();
            String entered = entries.answers().getOrDefault(item.key(), "").strip();
            ResponseScale scale = instrument.scaleOf(item);
            boolean numeric = scale.labels().isEmpty();
            String id = "q-" + item.key();
            List<Choice> choices = new ArrayList<>();
            for (int value = scale.min(); value <= scale.max(); value++) {
                Optional<String> words = scale.label(value, language);
                String label = numeric ? String.valueOf(value) : words.orElseThrow();
                String hiddenLabel = numeric ? words.map(w -> "(" + w + ")").orElse(null) : null;
                choices.add(new Choice(id + "-" + value, name, String.valueOf(value), label, hiddenLabel,
                        entered.equals(String.valueOf(value)), false));
            }
            if (!item.required()) {
                choices.add(new Choice(id + "-none", name, "", msg.form_no_answer(), null, false, true));
            }
            String error = null;
            if (errorByField.containsKey(name)) {
                // the service says what is wrong with a value given; with none given, it was required
                error = entered.isEmpty() ? msg.form_error_required() : msg.form_error_choose();
                summary.add(new ErrorLink("#" + choices.get(0).id(),
                        msg.form_error_in_summary(item.text().get(language), error)));
            }
            questions.add(new Question(id, item.text().get(language), item.required(), numeric, choices,
                    numeric ? scale.label(scale.min(), language).orElse(null) : null,
                    numeric ? scale.label(scale.max(), language).orElse(null) : null, error));
        }
        return questions;
    }

    private static List<UnitChoice> unitChoices(List<UnitNode> nodes, String chosen) {
        return nodes.stream().map(node -> new UnitChoice("unit-" + node.id(), node.id(), node.name(),
                String.valueOf(node.id()).equals(chosen.strip()), unitChoices(node.children(), chosen))).toList();
    }
}
