package dev.chit.adapters.web.security;

import dev.chit.application.access.Caller;
import dev.chit.domain.staff.SessionId;
import io.helidon.webserver.http.ServerRequest;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a request was authenticated as, and with what: a Chit session (bearer header or cookie,
 * which can be signed out) or a token of an external issuer (which cannot: it expires by itself).
 */
public record Identity(Caller caller, Credential credential, Optional<SessionId> session) {

    public enum Credential {
        SESSION_BEARER,
        SESSION_COOKIE,
        EXTERNAL_TOKEN
    }

    public Identity {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(session, "session");
    }

    /** The identity the authentication filter established for the request, if any. */
    public static Optional<Identity> of(ServerRequest request) {
        return request.context().get(Identity.class, Identity.class);
    }

    void register(ServerRequest request) {
        request.context().register(Identity.class, this);
    }
}
