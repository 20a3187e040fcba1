package org.selving.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A validated questionnaire definition (one file in {@code surveys/}), immutable.
 * An assessment pins one of these by its {@link #contentHash()}; stored answers are always read
 * against the pinned copy, never against the file as it is today.
 *
 * @param key         stable identifier, e.g. {@code selving}
 * @param contentHash SHA-256 (hex) of the canonical JSON of the definition, see {@link InstrumentJson}
 * @param languages   language codes the file provides every text in; the first is the default
 * @param scales      by key
 * @param outcomes    items that the dimensions are meant to explain (e.g. "would recommend"),
 *                    not part of any dimension score
 * @param comments    free-text prompts
 * @param mirrors     for a mirror questionnaire answered by outsiders, the internal questionnaire it
 *                    mirrors; {@code null} otherwise (and then absent from the canonical JSON, so
 *                    the content hash of every other questionnaire is what it always was)
 */
public record Instrument(
        String key,
        String contentHash,
        Map<String, String> title,
        Map<String, String> description,
        List<String> languages,
        Map<String, ResponseScale> scales,
        List<Dimension> dimensions,
        List<Item> outcomes,
        List<CommentPrompt> comments,
        @JsonInclude(JsonInclude.Include.NON_NULL) MirrorTarget mirrors) {

    public Instrument {
        title = Frozen.map(title);
        description = Frozen.map(description);
        languages = Frozen.list(languages);
        scales = Frozen.map(scales);
        dimensions = Frozen.list(dimensions);
        outcomes = Frozen.list(outcomes);
        comments = Frozen.list(comments);
    }

    /**
     * Every answerable item in storage order: the items of each dimension in file order, then the
     * outcome items. A stored response packs one byte per item in exactly this order.
     */
    public List<Item> items() {
        List<Item> all = new ArrayList<>();
        dimensions.forEach(d -> all.addAll(d.items()));
        all.addAll(outcomes);
        return Collections.unmodifiableList(all);
    }

    public ResponseScale scaleOf(Item item) {
        return scales.get(item.scale());
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** Whether outsiders answer it about an organization (see {@link #mirrors()}). */
    @JsonIgnore
    public boolean isMirror() {
        return mirrors != null;
    }
}
