package org.selving.instrument;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Immutable copies for the instrument records: an instrument is shared by every request that reads
 * answers against it, so nobody may change it after validation. Maps are sorted by key so that the
 * same content always iterates, prints and serializes the same way.
 */
final class Frozen {

    private Frozen() {
    }

    static <V> Map<String, V> map(Map<String, V> source) {
        return map(source, UnaryOperator.identity());
    }

    static <V> Map<String, V> map(Map<String, V> source, UnaryOperator<V> freezeValue) {
        TreeMap<String, V> copy = new TreeMap<>();
        if (source != null) {
            source.forEach((key, value) -> copy.put(key, freezeValue.apply(value)));
        }
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : List.copyOf(source);
    }

    static Map<String, List<String>> labels(Map<String, List<String>> source) {
        return map(source, Frozen::list);
    }
}
