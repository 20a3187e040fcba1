package org.selving.stats;

import java.util.List;

/** A scale across units: each unit's summary (index = unit label), the ANOVA, and ICC(1)/ICC(2). */
public record UnitComparison(List<GroupSummary> units, Result<Anova> anova, Result<Icc> icc) {

    public UnitComparison {
        units = List.copyOf(units);
    }
}
