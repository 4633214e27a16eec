package dev.chit.domain.staff;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user signed in: the bearer token handed out at sign-in, known here only by its SHA-256
 * ({@code tokenHash}), so that the sessions table does not hold working tokens. It ends at
 * {@code expiresAt}, or earlier when revoked (signing out).
 */
public record Session(SessionId id, UserId userId, String tokenHash, Instant createdAt, Instant expiresAt,
                      Optional<Instant> revokedAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must end after it starts");
        }
    }

    /** A session that begins now and lasts until {@code expiresAt}. */
    public static Session begin(SessionId id, UserId userId, String tokenHash, Instant now, Instant expiresAt) {
        return new Session(id, userId, tokenHash, now, expiresAt, Optional.empty());
    }

    /** Whether the token still signs its user in at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
