package dev.chit.adapters.web.support;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.WritableHeaders;

/**
 * The headers every response carries. Browsers must not guess a JSON body into HTML, nor tell
 * other sites which order page a guest came from, nor let another site frame a page of Chit;
 * API answers (orders with names and access tokens, sign-in tokens) must not be kept by caches
 * along the way. Pages get a content security policy that allows this origin only.
 */
public final class SecurityHeaders {

    public static final Header NO_SNIFF = HeaderValues.create(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    public static final Header NO_REFERRER = HeaderValues.create(HeaderNames.create("Referrer-Policy"), "no-referrer");
    public static final Header NO_STORE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "no-store");
    /** No page of Chit may be framed by another site (clickjacking); CSP's frame-ancestors says it again. */
    public static final Header NO_FRAMES = HeaderValues.create(HeaderNames.create("X-Frame-Options"), "DENY");
    /** JSON is never a document: it may load nothing and be framed by nobody. */
    public static final Header API_CONTENT_POLICY = HeaderValues.create(HeaderNames.create("Content-Security-Policy"),
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    /** Pages (the portal, tickets, receipts) load only from this origin: no inline or foreign script. */
    public static final Header PAGE_CONTENT_POLICY = HeaderValues.create(HeaderNames.create("Content-Security-Policy"),
            "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                    + "base-uri 'self'; form-action 'self'");
    /**
     * Printable pages served under the API (receipts, kitchen tickets): their own inline style and
     * nothing else. All text in them is escaped; no script may run.
     */
    public static final Header PRINTABLE_PAGE_CONTENT_POLICY = HeaderValues.create(
            HeaderNames.create("Content-Security-Policy"),
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");

    private SecurityHeaders() {
    }

    public static void apply(String path, WritableHeaders<?> headers) {
        headers.set(NO_SNIFF);
        headers.set(NO_REFERRER);
        headers.set(NO_FRAMES);
        if (path.equals("/api") || path.startsWith("/api/")) {
            headers.set(NO_STORE);
            headers.set(API_CONTENT_POLICY);
        } else {
            headers.set(PAGE_CONTENT_POLICY);
        }
    }
}
