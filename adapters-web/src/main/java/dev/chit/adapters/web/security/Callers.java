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

    /** @throws NotAuthenticated when the request is not authenticated (401) */
    public static Caller require(ServerRequest request) {
        return current(request).orElseThrow(NotAuthenticated::new);
    }

    /** For the authentication filter: records who is calling. */
    public static void authenticate(ServerRequest request, Caller caller) {
        request.context().register(Caller.class, caller);
    }
}
