package dev.chit.adapters.web.security;

/**
 * A request authenticated by the session cookie wants to change something, but shows neither
 * the CSRF token nor a same-origin {@code Origin}: another site may have sent it (403).
 */
public final class CsrfRejected extends RuntimeException {

    public CsrfRejected() {
        super("a request signed in with the session cookie must send the chit_csrf cookie's value as "
                + "X-CSRF-Token (or come from this origin); bearer-token requests need neither", null, false, false);
    }
}
