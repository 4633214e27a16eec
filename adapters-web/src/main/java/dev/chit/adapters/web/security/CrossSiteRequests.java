package dev.chit.adapters.web.security;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CSRF rule for requests authenticated by the session cookie: a browser sends the cookie
 * along with requests other sites make it send, so an unsafe request (POST, PUT, PATCH,
 * DELETE) must also prove it comes from the portal: by the {@code X-CSRF-Token} header that
 * only a page of this origin can read from its cookie, or by an {@code Origin} header naming
 * this server (as reached, or one of the configured public origins a proxy serves it at). Bearer
 * tokens are never sent by a browser on its own, so they need neither.
 */
final class CrossSiteRequests {

    static final HeaderName CSRF_TOKEN = HeaderNames.create("X-CSRF-Token");
    private static final HeaderName FORWARDED_HOST = HeaderNames.create("X-Forwarded-Host");
    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS, Method.TRACE);

    private final boolean trustProxy;
    private final Set<String> publicOrigins;

    /** @param publicOrigins where a proxy that rewrites {@code Host} publishes this server (canonical origins) */
    CrossSiteRequests(boolean trustProxy, Set<String> publicOrigins) {
        this.trustProxy = trustProxy;
        this.publicOrigins = Set.copyOf(publicOrigins);
    }

    /** Whether a request signed in with the cookie {@code sessionToken} may go ahead. */
    boolean allowed(ServerRequest request, String sessionToken) {
        if (SAFE.contains(request.prologue().method())) {
            return true;
        }
        Optional<String> csrfToken = request.headers().first(CSRF_TOKEN);
        if (csrfToken.isPresent() && CsrfTokens.matches(csrfToken.get(), sessionToken)) {
            return true;
        }
        return request.headers().first(HeaderNames.ORIGIN)
                .map(origin -> ours(origin, host(request)))
                .orElse(false);
    }

    /**
     * Whether a WebSocket upgrade that the session cookie signs in comes from this server's own
     * pages: browsers always send {@code Origin} on upgrades, and no header can be added to
     * them, so the {@code Origin} must name this server or one of its public origins. Else any
     * site could open a socket with the portal's cookie and read the board.
     */
    boolean allowedUpgrade(Headers headers) {
        Optional<String> host = trustProxy ? headers.first(FORWARDED_HOST).map(value -> value.split(",")[0].strip())
                : Optional.empty();
        String server = host.or(() -> headers.first(HeaderNames.HOST)).orElse("");
        return headers.first(HeaderNames.ORIGIN).map(origin -> ours(origin, server)).orElse(false);
    }

    // This server as the request reached it, or as a proxy publishes it (the Host it sends may be its own).
    private boolean ours(String origin, String host) {
        return sameOrigin(origin, host) || WebOrigins.listed(origin, publicOrigins);
    }

    private String host(ServerRequest request) {
        if (trustProxy) {
            Optional<String> forwarded = request.headers().first(FORWARDED_HOST);
            if (forwarded.isPresent()) {
                return forwarded.get().split(",")[0].strip();
            }
        }
        return request.authority();
    }

    /** Whether {@code origin} (scheme://host[:port]) names the server reached as {@code host} (host[:port]). */
    static boolean sameOrigin(String origin, String host) {
        try {
            URI from = URI.create(origin.strip());
            String scheme = Optional.ofNullable(from.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || from.getHost() == null
                    || host == null || host.isBlank()) {
                return false;
            }
            URI to = URI.create(scheme + "://" + host.strip());
            return to.getHost() != null
                    && from.getHost().equalsIgnoreCase(to.getHost())
                    && port(from, scheme) == port(to, scheme);
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static int port(URI uri, String scheme) {
        return uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    }
}
