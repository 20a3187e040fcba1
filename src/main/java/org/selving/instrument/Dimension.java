package org.selving.instrument;

import java.util.List;
import java.util.Map;

/**
 * A scored facet of internal health (e.g. psychological safety), measured by several items.
 *
 * @param description per language; empty when the file gives none
 */
public record Dimension(String key, Map<String, String> title, Map<String, String> description, List<Item> items) {

    public Dimension {
        title = Frozen.map(title);
        description = Frozen.map(description);
        items = Frozen.list(items);
    }
}
