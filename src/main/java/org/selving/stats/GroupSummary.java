package org.selving.stats;

import java.util.List;

/**
 * One scale within one group (unit or segment): its person-score descriptives, the pooled
 * answers to its items, each of its items, and rwg(j) (rwg for a one-item scale). The report
 * applies its anonymity threshold to the n it shows; this package computes for every group alike.
 */
public record GroupSummary(int group, Result<Descriptives> score, Result<AnswerDistribution> answers,
        List<ItemSummary> items, Result<Rwg> agreement) {

    public GroupSummary {
        items = List.copyOf(items);
    }
}
