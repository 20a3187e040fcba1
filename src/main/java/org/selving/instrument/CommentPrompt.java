package org.selving.instrument;

import java.util.Map;

/**
 * An open question answered in free text.
 *
 * @param maxLength the longest answer accepted, in characters
 */
public record CommentPrompt(String key, Map<String, String> text, int maxLength) {

    public CommentPrompt {
        text = Frozen.map(text);
    }
}
