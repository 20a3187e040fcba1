package org.selving.stats;

import java.util.List;

/** A scale (dimension or outcome) scored as the mean of the answered items among {@code columns}. */
public record ScaleDefinition(String key, List<Integer> columns) {

    public ScaleDefinition {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("scale " + key + " has no items");
        }
    }

    int[] columnArray() {
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }
}
