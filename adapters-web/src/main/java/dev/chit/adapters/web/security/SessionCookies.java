package dev.chit.adapters.web.security;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The portal's cookies. {@value #SESSION} holds the session token: {@code HttpOnly}, so no script
 * can read it, {@code SameSite=Strict}, so other sites' requests do not carry it, and
 * {@code Secure} unless the server runs on plain HTTP for development. {@value #CSRF} holds the
 * session's {@link CsrfTokens CSRF token} for the portal's script to send back as
 * {@code X-CSRF-Token}; it is readable by design.
 */
public final class SessionCookies {

    public static final String SESSION = "chit_session";
    public static final String CSRF = "chit_csrf";

    private final boolean secure;

    public SessionCookies(boolean secure) {
        this.secure = secure;
    }

    /** Sets both cookies for a new session that lasts {@code lifetime}. */
    public void set(ServerResponse response, String sessionToken, Duration lifetime) {
        response.headers().addCookie(cookie(SESSION, sessionToken, true).maxAge(lifetime).build());
        response.headers().addCookie(cookie(CSRF, CsrfTokens.forSession(sessionToken), false).maxAge(lifetime).build());
    }

    /** Tells the browser to drop both cookies. */
    public void clear(ServerResponse response) {
        response.headers().addCookie(cookie(SESSION, "", true).expires(Instant.EPOCH).build());
        response.headers().addCookie(cookie(CSRF, "", false).expires(Instant.EPOCH).build());
    }

    private SetCookie.Builder cookie(String name, String value, boolean httpOnly) {
        return SetCookie.builder(name, value)
                .path("/")
                .httpOnly(httpOnly)
                .secure(secure)
                .sameSite(SetCookie.SameSite.STRICT);
    }

    /** The value of cookie {@code name} in {@code Cookie} header values ({@code a=1; b=2}); the first wins. */
    static Optional<String> value(List<String> cookieHeaders, String name) {
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
                    String value = pair.substring(equals + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }
}
