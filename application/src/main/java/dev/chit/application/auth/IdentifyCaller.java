package dev.chit.application.auth;

import dev.chit.application.access.Caller;
import dev.chit.application.support.AccessTokens;
import dev.chit.domain.port.Sessions;
import dev.chit.domain.port.Users;
import dev.chit.domain.staff.User;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a session token (from a bearer header or the session cookie) to the {@link Caller}.
 * Memberships are read afresh on every request, so a role taken away counts at once, not at
 * the next sign-in.
 */
public final class IdentifyCaller {

    private final Sessions sessions;
    private final Users users;
    private final Clock clock;

    public IdentifyCaller(Sessions sessions, Users users, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The caller the token signs in, or empty when it is unknown, expired or revoked. */
    public Optional<Authenticated> bySessionToken(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return sessions.findByTokenHash(AccessTokens.hash(token))
                .filter(session -> session.isActiveAt(clock.instant()))
                .flatMap(session -> users.find(session.userId())
                        .map(user -> new Authenticated(callerOf(user), session.id())));
    }

    /** A user of the portal, as the use cases see them when they call. */
    public static Caller callerOf(User user) {
        return new Caller(user.id(), user.email(), user.name(), user.admin(), user.memberships());
    }
}
