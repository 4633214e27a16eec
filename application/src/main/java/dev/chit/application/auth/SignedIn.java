package dev.chit.application.auth;

import dev.chit.application.access.Caller;
import dev.chit.domain.staff.SessionId;

import java.time.Instant;
import java.util.Objects;

/**
 * A successful sign-in: the bearer token (shown to the client this once, stored only as a
 * hash), when it expires, and who it signs in.
 */
public record SignedIn(String token, Instant expiresAt, Caller caller, SessionId sessionId) {

    public SignedIn {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    @Override
    public String toString() {
        return "SignedIn[token=***, expiresAt=" + expiresAt + ", userId=" + caller.userId() + "]";
    }
}
