package org.selving.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer options of an item: integer points from {@code min} to {@code max}. Each point is
 * either labelled ({@code labels}, e.g. an agreement scale) or only the two ends are
 * ({@code anchors}, e.g. 0 "not at all likely" to 10 "extremely likely"); the other map is empty.
 *
 * @param labels          per language, one label per point from min to max
 * @param anchors         per language, two labels: for min and for max
 * @param favorableFrom   answers at or above this (after reverse keying) count as favorable
 * @param unfavorableTo   answers at or below this (after reverse keying) count as unfavorable;
 *                        those in between are neutral
 */
public record ResponseScale(String key, int min, int max, Map<String, List<String>> labels,
        Map<String, List<String>> anchors, int favorableFrom, int unfavorableTo) {

    public ResponseScale {
        labels = Frozen.labels(labels);
        anchors = Frozen.labels(anchors);
    }

    public int points() {
        return max - min + 1;
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }

    /**
     * The words shown with a point in a language: its label, or the anchor of an end point;
     * empty for the unlabelled middle points of an anchored scale.
     */
    public Optional<String> label(int value, String language) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(value + " is not on scale " + key + " (" + min + " to " + max + ")");
        }
        List<String> pointLabels = labels.get(language);
        if (pointLabels != null) {
            return Optional.of(pointLabels.get(value - min));
        }
        List<String> endAnchors = anchors.get(language);
        if (endAnchors != null && (value == min || value == max)) {
            return Optional.of(endAnchors.get(value == min ? 0 : 1));
        }
        return Optional.empty();
    }
}
