package dev.chit.application.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Chit's one SHA-256: what it keeps of secrets it must recognise but never store (access tokens,
 * session tokens, signed-in emails), and the fingerprints of requests. Comparisons of such values
 * go through {@link #equalInConstantTime} so their timing tells nothing.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** In lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** Of the text's UTF-8 bytes, in lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in time that does not depend on where the two differ. */
    public static boolean equalInConstantTime(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** Compares the texts' UTF-8 bytes in time that does not depend on where they differ. */
    public static boolean equalInConstantTime(String a, String b) {
        return equalInConstantTime(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
