package org.selving.workshop;

import java.security.SecureRandom;

import org.selving.assessment.AccessCodes;

/**
 * The codes people type to join a live session: six symbols from an alphabet without look-alikes (no
 * 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, G/6, U), easy to read off a projector and to type on a phone; case,
 * spaces and dashes do not matter. 22^6 is about 113 million codes; with a few dozen sessions running
 * and the code throttle's six guesses a minute, a client needs some thirty years to hit one. A code
 * works only while its session runs.
 */
public final class JoinCodes {

    static final String ALPHABET = "ACDEFHJKMNPRTVWXY34679";
    static final int LENGTH = 6;

    private JoinCodes() {
    }

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, reduced to the symbols that matter, as for access codes. */
    public static String normalize(String typed) {
        return AccessCodes.normalize(typed);
    }

    /** Whether a typed code can be a join code at all, before looking it up. */
    public static boolean isWellFormed(String typed) {
        String symbols = normalize(typed);
        return symbols.length() == LENGTH && symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
