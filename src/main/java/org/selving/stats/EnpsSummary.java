package org.selving.stats;

import java.util.List;

/** eNPS overall and per unit and segment (list index = group label). */
public record EnpsSummary(Result<Enps> overall, List<Result<Enps>> byUnit, List<Result<Enps>> bySegment) {

    public EnpsSummary {
        byUnit = List.copyOf(byUnit);
        bySegment = List.copyOf(bySegment);
    }
}
