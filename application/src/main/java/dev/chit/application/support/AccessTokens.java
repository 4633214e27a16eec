package dev.chit.application.support;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets handed to guests (and, later, staff sessions): 256 random bits, URL-safe.
 * Only their SHA-256 is stored, so a leaked database does not leak working tokens; a fast
 * hash is right here because the tokens have full entropy, unlike passwords.
 */
public final class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Compares a presented token with a stored hash in time that does not depend on where they differ. */
    public static boolean matches(String presentedToken, String storedHash) {
        return Sha256.equalInConstantTime(hash(presentedToken), storedHash);
    }
}
