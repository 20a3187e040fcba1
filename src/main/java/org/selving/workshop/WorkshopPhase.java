package org.selving.workshop;

/**
 * Where a live session stands. The room answers once (now), sees all its answers at once, may answer a
 * second round (where it should be in a year), and the session ends; each step only forward.
 */
public enum WorkshopPhase {
    /** The room answers the first round; the screen follows in steps of k. */
    ANSWERING,
    /** The first round is over: all its answers are shown at once, segments too where they may be. */
    RESULTS,
    /** The room answers the second round ("where should we be in a year?"). */
    AIMING,
    /** The second round is over: the room sees the gap between now and its aim. */
    AIMED,
    /** The join code no longer works; the debrief remains. */
    ENDED;

    /** Whether phones may join and answer: a round is open. */
    public boolean answering() {
        return this == ANSWERING || this == AIMING;
    }
}
