package org.selving.stats;

import java.util.List;

/** A scale across segments: each segment's summary (index = segment label), the ANOVA, every pair tested. */
public record SegmentComparison(List<GroupSummary> segments, Result<Anova> anova, List<PairwiseComparison> pairs) {

    public SegmentComparison {
        segments = List.copyOf(segments);
        pairs = List.copyOf(pairs);
    }
}
