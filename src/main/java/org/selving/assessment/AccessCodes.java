package org.selving.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The format of access codes: 12 symbols from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 59 bits of randomness, shown in groups of four ({@code K7QM-4TZD-9XWB}). People type them,
 * so case, spaces and dashes do not matter. Only a SHA-256 hash of the normalized code is stored
 * (binary: half the size of hex, and compared faster on every submission).
 */
public final class AccessCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final int GROUP = 4;

    private AccessCodes() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, reduced to the symbols that matter: upper case, no spaces or dashes. */
    public static String normalize(String typed) {
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                symbols.append(c);
            }
        }
        return symbols.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether a typed code can be a code at all, before looking it up. */
    public static boolean isWellFormed(String typed) {
        String symbols = normalize(typed);
        if (symbols.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(symbols.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The stored form of a code: SHA-256 of its normalized symbols (32 bytes). */
    public static byte[] hash(String typed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalize(typed).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
