package dev.chit.application.auth;

import dev.chit.application.access.Caller;
import dev.chit.domain.staff.SessionId;

import java.util.Objects;

/** A bearer token resolved: who it signs in, and the session it belongs to (for signing out). */
public record Authenticated(Caller caller, SessionId sessionId) {

    public Authenticated {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
