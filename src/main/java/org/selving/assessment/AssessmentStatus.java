package org.selving.assessment;

/** Where an assessment is in its cycle; it only moves forward: draft, then open, then closed. */
public enum AssessmentStatus {
    /** Being prepared: settings and instrument can change, no answers are taken. */
    DRAFT,
    /** Taking answers within its window; instrument, k, comment threshold and segment question are fixed. */
    OPEN,
    /** Finished: no more answers, nothing changes but the title. */
    CLOSED
}
