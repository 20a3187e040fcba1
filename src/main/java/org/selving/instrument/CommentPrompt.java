package org.selving.instrument;

import java.util.Map;

/** An open question answered in free text. */
public record CommentPrompt(String key, Map<String, String> text, int maxLength) {
}
