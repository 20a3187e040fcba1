package org.selving.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.selving.assessment.SegmentQuestion;
import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Instrument;
import org.selving.report.Report.CommentGroup;
import org.selving.report.Report.Figures;
import org.selving.report.Report.PromptComments;
import org.selving.response.ResponseComment;
import org.selving.response.ResponseMatrix;

/**
 * The figures of a live workshop room, by the same rules and the same statistics as reports: while
 * the room answers, its first m x k answers in arrival order (steps of k, at least k behind); once its
 * answering is over, all of them, with the segments that those steps leave safe to show
 * ({@link RoomBlocks}); at its debrief, its comments when enough people wrote them.
 */
public final class RoomFigures {

    private RoomFigures() {
    }

    /** The fewest answers with which a room's screen shows figures while it answers: 2k. */
    public static int firstShownAt(int k) {
        return Release.interimThreshold(k);
    }

    /** How many of {@code answers} the screen shows while the room answers: (floor(n / k) - 1) x k. */
    public static int shownWhileAnswering(int answers, int k) {
        return Release.interimSize(answers, k);
    }

    /**
     * The room's figures while it answers, from its answers in arrival order (segments are ignored),
     * or why there are none yet.
     */
    public static Disclosed<Figures> whileAnswering(Instrument instrument, ResponseMatrix room, int k, String language) {
        return figures(Release.roomWhileAnswering(InstrumentShape.of(instrument), room, k), language);
    }

    /**
     * The room's figures once its answering is over: every answer, and its segments side by side where
     * they may be shown.
     *
     * @param question the assessment's segment question, {@code null} for none (or a round without one)
     */
    public static Disclosed<Figures> complete(Instrument instrument, SegmentQuestion question, ResponseMatrix room,
            int k, String language) {
        return figures(Release.roomComplete(InstrumentShape.of(instrument), question, room, k), language);
    }

    private static Disclosed<Figures> figures(Release release, String language) {
        return new ReportBuilder(release, language, CellTree.ROOT, Headcount.ALL, 1).roomFigures();
    }

    /**
     * The room's comments as its debrief shows them: for each prompt that at least {@code threshold}
     * people answered, all of them in an order of their own (the assessment's report shows the same
     * group, apart from its unit's other comments); nothing for the other prompts.
     */
    public static List<PromptComments> comments(Instrument instrument, List<ResponseComment> comments, int threshold,
            String language, long sessionId) {
        Map<String, List<String>> byPrompt = new LinkedHashMap<>();
        comments.forEach(c -> byPrompt.computeIfAbsent(c.promptKey(), p -> new ArrayList<>()).add(c.body()));
        List<PromptComments> shown = new ArrayList<>();
        for (CommentPrompt prompt : instrument.comments()) {
            List<String> written = byPrompt.getOrDefault(prompt.key(), List.of());
            if (written.size() >= threshold) {
                String text = prompt.text().getOrDefault(language, prompt.text().get(instrument.defaultLanguage()));
                shown.add(new PromptComments(prompt.key(), text, List.of(new CommentGroup(null, "", false, true,
                        ReportBuilder.shuffled(written, 17L * sessionId + prompt.key().hashCode())))));
            }
        }
        return shown;
    }
}
