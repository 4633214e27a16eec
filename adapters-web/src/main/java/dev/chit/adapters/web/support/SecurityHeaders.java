package dev.chit.adapters.web.support;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.WritableHeaders;

/**
 * The headers every response carries. Browsers must not guess a JSON body into HTML, nor tell
 * other sites which order page a guest came from; API answers (orders with names and access
 * tokens) must not be kept by caches along the way.
 */
public final class SecurityHeaders {

    public static final Header NO_SNIFF = HeaderValues.create(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    public static final Header NO_REFERRER = HeaderValues.create(HeaderNames.create("Referrer-Policy"), "no-referrer");
    public static final Header NO_STORE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "no-store");

    private SecurityHeaders() {
    }

    public static void apply(String path, WritableHeaders<?> headers) {
        headers.set(NO_SNIFF);
        headers.set(NO_REFERRER);
        if (path.equals("/api") || path.startsWith("/api/")) {
            headers.set(NO_STORE);
        }
    }
}
