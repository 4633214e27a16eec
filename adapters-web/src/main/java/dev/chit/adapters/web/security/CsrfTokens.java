package dev.chit.adapters.web.security;

import dev.chit.application.support.Sha256;
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
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of("chit-csrf:" + sessionToken));
    }

    /** Compares in time that does not depend on where the values differ. */
    public static boolean matches(String presented, String sessionToken) {
        return Sha256.equalInConstantTime(presented, forSession(sessionToken));
    }
}
