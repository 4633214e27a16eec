package dev.chit.application.auth;

import dev.chit.domain.port.Sessions;
import dev.chit.domain.staff.SessionId;

import java.time.Clock;
import java.util.Objects;

/** Revokes a session: its token no longer signs anyone in, on any server instance. */
public final class SignOut {

    private final Sessions sessions;
    private final Clock clock;

    public SignOut(Sessions sessions, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void signOut(SessionId sessionId) {
        sessions.revoke(sessionId, clock.instant());
    }
}
