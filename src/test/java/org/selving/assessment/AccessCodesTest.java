package org.selving.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodesTest {

    @Test
    void codesCarryAtLeastFiftyBitsInTypableSymbols() {
        assertTrue(AccessCodes.LENGTH * Math.log(AccessCodes.ALPHABET.length()) / Math.log(2) >= 50);
        for (char lookalike : "01OIL".toCharArray()) {
            assertEquals(-1, AccessCodes.ALPHABET.indexOf(lookalike), lookalike + " is easy to misread");
        }
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCodes.generate(random);
            assertTrue(code.matches("[" + AccessCodes.ALPHABET + "]{4}-[" + AccessCodes.ALPHABET + "]{4}-["
                    + AccessCodes.ALPHABET + "]{4}"), code);
            assertTrue(seen.add(code));
        }
    }

    @Test
    void typingVariationsNameTheSameCode() {
        byte[] hash = AccessCodes.hash("K7QM-4TZD-9XWB");
        assertArrayEquals(hash, AccessCodes.hash("k7qm 4tzd 9xwb"));
        assertArrayEquals(hash, AccessCodes.hash(" K7QM4TZD9XWB\t"));
        assertFalse(Arrays.equals(hash, AccessCodes.hash("K7QM-4TZD-9XWC")));
        assertEquals(32, hash.length);
    }

    @Test
    void onlyWellFormedCodesAreLookedUp() {
        assertTrue(AccessCodes.isWellFormed("k7qm-4tzd-9xwb"));
        assertFalse(AccessCodes.isWellFormed("K7QM-4TZD-9XW"));
        assertFalse(AccessCodes.isWellFormed("K7QM-4TZD-9XW0"));
        assertFalse(AccessCodes.isWellFormed(""));
    }
}
