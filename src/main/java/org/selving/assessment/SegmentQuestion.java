package org.selving.assessment;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An optional question about the respondent's position (e.g. staff / manager / senior leader), so
 * reports can compare segments. Its text and option labels are given in every language of the
 * assessment's instrument. A response stores the 1-based position of the chosen option.
 *
 * @param text per language
 */
public record SegmentQuestion(@NotNull Map<String, String> text,
        @NotNull @Size(min = 2, max = 20) List<@Valid @NotNull Option> options) {

    /**
     * @param key   what the API and CSV files use for this option, e.g. {@code staff}
     * @param label per language
     */
    public record Option(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,31}",
                    message = "must be 1-32 lower-case letters, digits, '-' or '_'") String key,
            @NotNull Map<String, String> label) {
    }

    /** The 1-based position of the option with this key, 0 when there is none. */
    public int positionOf(String key) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    public List<String> keys() {
        return options.stream().map(Option::key).toList();
    }
}
