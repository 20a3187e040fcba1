package org.selving.instrument;

import java.util.List;
import java.util.Map;

/**
 * A questionnaire file as written, before validation: every field optional so that a missing one is
 * reported by {@link InstrumentValidation} with its path instead of a generic binding error.
 */
record InstrumentFile(String key, Map<String, String> title, Map<String, String> description,
        List<String> languages, List<ScaleEntry> scales, List<DimensionEntry> dimensions,
        List<ItemEntry> outcomes, List<CommentEntry> comments, MirrorsEntry mirrors) {

    record MirrorsEntry(String instrument, String outwardDimension) {
    }

    record ScaleEntry(String key, Integer min, Integer max, Map<String, List<String>> labels,
            Map<String, List<String>> anchors, Integer favorableFrom, Integer unfavorableTo) {
    }

    record DimensionEntry(String key, Map<String, String> title, Map<String, String> description, String scale,
            List<ItemEntry> items) {
    }

    record ItemEntry(String key, Map<String, String> text, String scale, Boolean reverse, Boolean required,
            String pairsWith) {
    }

    /** {@code reverse} is read only to explain why it does not belong on a free-text prompt. */
    record CommentEntry(String key, Map<String, String> text, Integer maxLength, Boolean reverse) {
    }
}
