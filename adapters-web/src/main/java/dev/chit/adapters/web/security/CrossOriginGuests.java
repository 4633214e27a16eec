package dev.chit.adapters.web.security;

import dev.chit.adapters.web.support.ApiPaths;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CORS for the guest's routes only, so that a restaurant's own website can embed ordering: a
 * page of a configured origin may read the menu, quote, check out and follow its order (with the
 * order's token), never with credentials. Staff routes never answer another site: no CORS header,
 * and their preflights are not answered (a browser then refuses the call).
 *
 * <p>Not Helidon's {@code CorsSupport}: for a request whose {@code Origin} is neither listed nor
 * equal to {@code Host} it answers 403 itself. Browsers send {@code Origin} on a same-origin POST,
 * so behind a proxy that rewrites {@code Host} the guest app's own checkout would be refused; here
 * an origin that is not listed just gets no CORS headers, and the request goes on as any other.
 */
public final class CrossOriginGuests implements Filter {

    static final HeaderName REQUEST_METHOD = HeaderNames.create("Access-Control-Request-Method");
    static final HeaderName ALLOW_ORIGIN = HeaderNames.create("Access-Control-Allow-Origin");
    static final HeaderName ALLOW_METHODS = HeaderNames.create("Access-Control-Allow-Methods");
    static final HeaderName ALLOW_HEADERS = HeaderNames.create("Access-Control-Allow-Headers");
    static final HeaderName EXPOSE_HEADERS = HeaderNames.create("Access-Control-Expose-Headers");
    static final HeaderName MAX_AGE = HeaderNames.create("Access-Control-Max-Age");
    /** What a guest's page sends beyond the CORS-safelisted headers. */
    static final String GUEST_HEADERS = "Content-Type, Idempotency-Key, X-Order-Token, X-Request-Id";
    /** What a guest's page may read beyond the CORS-safelisted headers. */
    static final String EXPOSED = "X-Request-Id, Location, Retry-After";
    /** How long a browser may keep a preflight's answer: ten minutes, Chrome's ceiling is two hours. */
    static final String PREFLIGHT_SECONDS = "600";

    /** The guest's routes, with the methods a guest uses on each (staff methods on the same paths stay same-origin). */
    private static final List<GuestRoute> GUEST_ROUTES = List.of(
            new GuestRoute("/restaurants/[^/]+/menu", Set.of(Method.GET, Method.HEAD)),
            new GuestRoute("/restaurants/[^/]+/quotes", Set.of(Method.POST)),
            new GuestRoute("/restaurants/[^/]+/slots", Set.of(Method.GET, Method.HEAD)),
            new GuestRoute("/orders", Set.of(Method.POST)),
            new GuestRoute("/orders/[^/]+", Set.of(Method.GET, Method.HEAD)),
            new GuestRoute("/orders/[^/]+/cancel", Set.of(Method.POST)),
            new GuestRoute("/orders/[^/]+/receipt", Set.of(Method.GET, Method.HEAD)),
            new GuestRoute("/orders/[^/]+/payment/confirm", Set.of(Method.POST)),
            new GuestRoute("/orders/[^/]+/payment/sandbox-authentication", Set.of(Method.POST)));

    private final Set<String> origins;

    /** @param origins the sites allowed (canonical, see {@link WebOrigins}); none = no cross-origin at all */
    public CrossOriginGuests(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<GuestRoute> route = origins.isEmpty() ? Optional.empty() : guestRoute(req.path().path());
        if (route.isEmpty()) {
            chain.proceed();
            return;
        }
        // The answer depends on Origin for every guest route, listed or not: caches must keep them apart.
        res.headers().add(HeaderNames.VARY, "Origin");
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN).filter(o -> WebOrigins.listed(o, origins));
        Method method = req.prologue().method();
        if (origin.isPresent() && method == Method.OPTIONS && req.headers().contains(REQUEST_METHOD)) {
            preflight(req, res, route.get(), origin.get(), chain);
            return;
        }
        if (origin.isPresent() && route.get().methods().contains(method)) {
            res.header(ALLOW_ORIGIN, origin.get());
            res.header(EXPOSE_HEADERS, EXPOSED);
        }
        chain.proceed();
    }

    private static void preflight(RoutingRequest req, RoutingResponse res, GuestRoute route, String origin,
                                  FilterChain chain) {
        String requested = req.headers().get(REQUEST_METHOD).get().strip();
        if (!route.methods().contains(Method.create(requested))) {
            chain.proceed();
            return;
        }
        res.header(ALLOW_ORIGIN, origin);
        res.header(ALLOW_METHODS, route.methods().stream().map(Method::text).sorted()
                .collect(Collectors.joining(", ")));
        res.header(ALLOW_HEADERS, GUEST_HEADERS);
        res.header(MAX_AGE, PREFLIGHT_SECONDS);
        res.status(Status.NO_CONTENT_204).send();
    }

    private static Optional<GuestRoute> guestRoute(String path) {
        if (!path.startsWith(ApiPaths.BASE)) {
            return Optional.empty();
        }
        String relative = path.substring(ApiPaths.BASE.length());
        return GUEST_ROUTES.stream().filter(route -> route.path().matcher(relative).matches()).findFirst();
    }

    private record GuestRoute(Pattern path, Set<Method> methods) {
        GuestRoute(String path, Set<Method> methods) {
            this(Pattern.compile(path), methods);
        }
    }
}
