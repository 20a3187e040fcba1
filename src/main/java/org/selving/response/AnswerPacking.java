package org.selving.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.selving.instrument.CommentPrompt;
import org.selving.instrument.Instrument;
import org.selving.instrument.Item;
import org.selving.instrument.ResponseScale;
import org.selving.web.FieldError;

/**
 * How answers to one pinned instrument are checked and packed into bytes: one byte per item in
 * {@link Instrument#items()} order, 0 = not answered, otherwise {@code value - scale.min + 1}
 * (so a 0-10 scale is stored as 1-11). Immutable; built once per instrument version.
 */
public final class AnswerPacking {

    /** The size of the response_comment.body column. */
    public static final int MAX_STORED_COMMENT = 4000;

    private final Instrument instrument;
    private final List<Item> items;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final int[] min;
    private final int[] max;
    private final Map<String, CommentPrompt> prompts = new HashMap<>();

    public AnswerPacking(Instrument instrument) {
        this.instrument = instrument;
        this.items = instrument.items();
        this.min = new int[items.size()];
        this.max = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            ResponseScale scale = instrument.scaleOf(item);
            indexByKey.put(item.key(), i);
            min[i] = scale.min();
            max[i] = scale.max();
        }
        instrument.comments().forEach(p -> prompts.put(p.key(), p));
    }

    public Instrument instrument() {
        return instrument;
    }

    public int items() {
        return items.size();
    }

    /** The answer a packed byte stands for; only meaningful when {@code packed != 0}. */
    public int value(int itemIndex, int packed) {
        return packed + min[itemIndex] - 1;
    }

    /**
     * Checks answers and packs them; every problem is added to {@code errors}.
     *
     * @param answers by item key; a {@code null} value means not answered
     * @param fieldPrefix how a problem with an item is named: prefix + item key
     */
    public byte[] pack(Map<String, Integer> answers, String fieldPrefix, List<FieldError> errors) {
        byte[] packed = new byte[items.size()];
        boolean[] invalid = new boolean[items.size()];
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            Integer index = indexByKey.get(answer.getKey());
            if (index == null) {
                errors.add(new FieldError(fieldPrefix + answer.getKey(), "no such item in this questionnaire"));
            } else if (answer.getValue() != null) {
                int value = answer.getValue();
                if (value < min[index] || value > max[index]) {
                    errors.add(new FieldError(fieldPrefix + answer.getKey(),
                            "must be between " + min[index] + " and " + max[index]));
                    invalid[index] = true;
                } else {
                    packed[index] = (byte) (value - min[index] + 1);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).required() && packed[i] == 0 && !invalid[i]) {
                errors.add(new FieldError(fieldPrefix + items.get(i).key(), "required"));
            }
        }
        return packed;
    }

    /**
     * Checks comments; blank ones count as not given.
     *
     * @param comments by prompt key
     */
    public List<StoredResponse.Comment> comments(Map<String, String> comments, String fieldPrefix,
            List<FieldError> errors) {
        List<StoredResponse.Comment> kept = new ArrayList<>();
        for (Map.Entry<String, String> comment : comments.entrySet()) {
            CommentPrompt prompt = prompts.get(comment.getKey());
            String body = comment.getValue() == null ? "" : comment.getValue().strip();
            if (prompt == null) {
                errors.add(new FieldError(fieldPrefix + comment.getKey(), "no such comment prompt in this questionnaire"));
            } else if (body.length() > maxLength(prompt)) {
                errors.add(new FieldError(fieldPrefix + comment.getKey(),
                        "at most " + maxLength(prompt) + " characters"));
            } else if (!body.isEmpty()) {
                kept.add(new StoredResponse.Comment(prompt.key(), body));
            }
        }
        return kept;
    }

    /** The longest comment accepted for a prompt, in characters. */
    static int maxLength(CommentPrompt prompt) {
        return Math.min(prompt.maxLength(), MAX_STORED_COMMENT);
    }
}
