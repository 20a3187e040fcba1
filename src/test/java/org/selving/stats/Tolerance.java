package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference README's tolerances: 1e-8 absolute for closed forms, 1e-6 relative for p-values. */
final class Tolerance {

    static final double CLOSED_FORM = 1e-8;
    static final double P_RELATIVE = 1e-6;
    static final double OMEGA = 1e-3;

    private Tolerance() {
    }

    static void closeTo(double expected, double actual, String what) {
        assertEquals(expected, actual, CLOSED_FORM, what);
    }

    static void pValue(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * P_RELATIVE, what);
    }
}
