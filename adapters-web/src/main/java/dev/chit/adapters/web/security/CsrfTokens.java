package dev.chit.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The CSRF token of a cookie session: a one-way function of the session token. The server
 * needs to store nothing to check it, it changes with every session, and a page that can read
 * it (it sits in a script-readable cookie) learns nothing that signs anyone in. A cookie planted
 * by another site cannot carry the right value without the victim's session token.
 */
public final class CsrfTokens {

    private CsrfTokens() {
    }

    public static String forSession(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("chit-csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Compares in time that does not depend on where the values differ. */
    public static boolean matches(String presented, String sessionToken) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                forSession(sessionToken).getBytes(StandardCharsets.UTF_8));
    }
}
