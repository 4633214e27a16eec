package dev.chit.adapters.web.security;

import dev.chit.application.access.Caller;
import dev.chit.application.access.NotAuthenticated;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/**
 * How a route finds out who is calling. The authentication filter puts the {@link Caller} of an
 * authenticated request into the request's context; routes read it from here and nowhere else.
 */
public final class Callers {

    private Callers() {
    }

    /** The authenticated caller, if the request carried valid credentials. */
    public static Optional<Caller> current(ServerRequest request) {
        return request.context().get(Caller.class, Caller.class);
    }

    /**
     * For routes open to guests and staff alike: the caller when credentials came, empty when none
     * came at all.
     *
     * @throws RuntimeException the refusal the authentication filter recorded, when credentials came
     *                          but do not count (401), or a cookie request failed the CSRF check (403)
     */
    public static Optional<Caller> optional(ServerRequest request) {
        Optional<Caller> caller = current(request);
        if (caller.isEmpty()) {
            Optional<RuntimeException> refusal = request.context().get(Refusal.class, Refusal.class).map(Refusal::failure);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        }
        return caller;
    }

    /**
     * @throws NotAuthenticated when the request is not authenticated (401)
     * @throws RuntimeException the refusal the authentication filter recorded instead, such as
     *                          {@link CsrfRejected} for a cookie request without its CSRF token (403)
     */
    public static Caller require(ServerRequest request) {
        return current(request).orElseThrow(() -> request.context().get(Refusal.class, Refusal.class)
                .<RuntimeException>map(Refusal::failure)
                .orElseGet(NotAuthenticated::new));
    }

    /** For the authentication filter: records who is calling. */
    public static void authenticate(ServerRequest request, Caller caller) {
        request.context().register(Caller.class, caller);
    }

    /**
     * For the authentication filter: credentials came that do not count for this request. Routes
     * that need a caller answer with {@code failure}; routes open to anyone go on without one, so
     * that a stale cookie does not stop a guest from ordering.
     */
    public static void refuse(ServerRequest request, RuntimeException failure) {
        request.context().register(Refusal.class, new Refusal(failure));
    }

    private record Refusal(RuntimeException failure) {
    }
}
