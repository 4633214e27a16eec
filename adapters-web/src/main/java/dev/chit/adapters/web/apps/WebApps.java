package dev.chit.adapters.web.apps;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Serves the two web apps that the Maven build puts on the classpath under {@code web/} (see
 * {@code adapters-web/src/main/web}): the guest's app at {@code /}, {@code /r/...} and
 * {@code /track/...}, the staff portal at {@code /portal}.
 *
 * <p>Assets under {@code /assets/} have content hashes in their names, so they are cached for a
 * year and never revalidated; the apps' pages name the current hashes, so they are revalidated on
 * every load ({@code no-cache}) and a deploy reaches every guest at once. The security headers and
 * the page content policy (this origin only, no inline script or style) come from the request-id
 * filter that runs around every route; the guest's pages replace the policy with their own
 * ({@link GuestPagePolicy}), which also allows Stripe.js when the guest pays through Stripe.
 */
public final class WebApps {

    private static final Logger LOG = Logger.getLogger(WebApps.class.getName());
    private static final String ROOT = "web";

    static final Header IMMUTABLE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "public, max-age=31536000, immutable");
    static final Header REVALIDATE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "no-cache");
    private static final Header NOT_CACHED = HeaderValues.create(HeaderNames.CACHE_CONTROL, "no-store");
    private static final Header HTML = HeaderValues.create(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");

    private final Optional<byte[]> guestPage;
    private final Optional<byte[]> portalPage;
    private final Header guestPolicy;

    private WebApps(Optional<byte[]> guestPage, Optional<byte[]> portalPage, Header guestPolicy) {
        this.guestPage = guestPage;
        this.portalPage = portalPage;
        this.guestPolicy = guestPolicy;
    }

    /** The apps as the build left them on this class loader's classpath; the guest pays in the sandbox. */
    public static WebApps fromClasspath() {
        return fromClasspath(GuestPayments.sandbox());
    }

    /** The apps as the build left them on this class loader's classpath, the guest paying as {@code payments} says. */
    public static WebApps fromClasspath(GuestPayments payments) {
        return new WebApps(resource(ROOT + "/index.html"), resource(ROOT + "/portal/index.html"),
                GuestPagePolicy.of(payments));
    }

    /** Adds the apps' routes; after the API's, which they never shadow. */
    public void register(HttpRouting.Builder routing) {
        if (guestPage.isEmpty() || portalPage.isEmpty()) {
            // A server built with -Dchit.web.skip=true: the API works, the pages are not there.
            LOG.warning("event=web-apps-missing reason=\"built without the web apps (chit.web.skip)\"");
            return;
        }
        routing.get("/assets/*", (req, res) -> {
            res.header(IMMUTABLE);
            res.next();
        });
        routing.register("/assets", StaticContentService.builder(ROOT + "/assets").build());
        // No such asset (an old hash after a deploy): the 404 must not be cached for a year.
        routing.get("/assets/*", (req, res) -> {
            res.header(NOT_CACHED);
            res.next();
        });
        Handler page = page(guestPage.get());
        Handler guest = (req, res) -> {
            res.headers().set(guestPolicy);
            page.handle(req, res);
        };
        Handler portal = page(portalPage.get());
        routing.get("/", guest);
        routing.get("/r/*", guest);
        routing.get("/track/*", guest);
        routing.get("/portal", portal);
        routing.get("/portal/*", portal);
    }

    private static Handler page(byte[] html) {
        return (req, res) -> {
            res.header(HTML);
            res.header(REVALIDATE);
            res.send(html);
        };
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = WebApps.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
