package dev.chit.adapters.web.security;

import dev.chit.adapters.web.support.AccessLog;
import dev.chit.adapters.web.support.RequestIds;
import dev.chit.application.access.NotAuthenticated;
import io.helidon.http.HeaderNames;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Security;
import io.helidon.security.SecurityContext;
import io.helidon.security.SecurityEnvironment;
import io.helidon.security.SecurityResponse.SecurityStatus;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates every {@code /api} and {@code /ws} request that carries credentials, through
 * Helidon Security and {@link ChitAuthenticationProvider}, before it is routed. It never
 * answers by itself: a caller it establishes is put where {@link Callers} finds it; credentials
 * that fail, and cookie requests that fail the {@link CrossSiteRequests CSRF rule}, are recorded
 * as refusals that only routes needing a caller turn into a 401 or 403.
 */
public final class AuthenticationFilter implements Filter {

    private final Security security;
    private final CrossSiteRequests crossSiteRequests;

    AuthenticationFilter(Security security, CrossSiteRequests crossSiteRequests) {
        this.security = security;
        this.crossSiteRequests = crossSiteRequests;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.prologue().uriPath().rawPath();
        if (isProtectable(path) && carriesCredentials(req, path)) {
            authenticate(req, path);
        }
        chain.proceed();
    }

    private void authenticate(RoutingRequest req, String path) {
        SecurityContext context = security.contextBuilder(RequestIds.of(req))
                .env(environment(req, path))
                .build();
        AuthenticationResponse response = context.atnClientBuilder().submit();
        Optional<Identity> identity = response.user()
                .flatMap(subject -> subject.publicCredential(Identity.class))
                .filter(found -> response.status().isSuccess());
        if (identity.isEmpty()) {
            if (response.status() != SecurityStatus.ABSTAIN) {
                Callers.refuse(req, new NotAuthenticated());
            }
            return;
        }
        Identity found = identity.get();
        if (found.credential() == Identity.Credential.SESSION_COOKIE
                && !crossSiteRequests.allowed(req, sessionCookie(req).orElse(""))) {
            Callers.refuse(req, new CsrfRejected());
            return;
        }
        found.register(req);
        Callers.authenticate(req, found.caller());
        AccessLog.identify(req, found.caller().userId().toString());
    }

    // Only what the provider reads goes into the environment: other headers have no business there.
    private static SecurityEnvironment environment(RoutingRequest req, String path) {
        SecurityEnvironment.Builder env = SecurityEnvironment.builder()
                .transport("http")
                .method(req.prologue().method().text())
                .path(path)
                .headers(Map.of(
                        ChitAuthenticationProvider.AUTHORIZATION, req.headers().all(HeaderNames.AUTHORIZATION, List::of),
                        ChitAuthenticationProvider.COOKIE, req.headers().all(HeaderNames.COOKIE, List::of)));
        if (path.startsWith("/ws/")) {
            env.queryParams(req.query());
        }
        return env.build();
    }

    private static boolean isProtectable(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/ws/");
    }

    // Most guest requests carry nothing; they need not go through Helidon Security at all.
    private static boolean carriesCredentials(RoutingRequest req, String path) {
        return req.headers().contains(HeaderNames.AUTHORIZATION)
                || sessionCookie(req).isPresent()
                || path.startsWith("/ws/") && req.query().contains("token");
    }

    private static Optional<String> sessionCookie(RoutingRequest req) {
        return SessionCookies.value(req.headers().all(HeaderNames.COOKIE, List::of), SessionCookies.SESSION);
    }
}
