package org.selving.instrument;

import java.util.List;
import java.util.Map;

/**
 * The answer options of an item: integer points from {@code min} to {@code max}.
 *
 * @param labels          per language, one label per point from min to max
 * @param favorableFrom   answers at or above this (after reverse keying) count as favorable
 * @param unfavorableTo   answers at or below this (after reverse keying) count as unfavorable;
 *                        those in between are neutral
 */
public record ResponseScale(String key, int min, int max, Map<String, List<String>> labels, int favorableFrom,
        int unfavorableTo) {

    public int points() {
        return max - min + 1;
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }
}
