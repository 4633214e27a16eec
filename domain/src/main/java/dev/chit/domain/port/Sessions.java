package dev.chit.domain.port;

import dev.chit.domain.staff.Session;
import dev.chit.domain.staff.SessionId;
import dev.chit.domain.staff.UserId;

import java.time.Instant;
import java.util.Optional;

/** Sign-in sessions, found by the SHA-256 of their bearer token. */
public interface Sessions {

    void add(Session session);

    /** The session whose token hashes to {@code tokenHash}, active or not. */
    Optional<Session> findByTokenHash(String tokenHash);

    /** Ends a session before its time (signing out); revoking it again changes nothing. */
    void revoke(SessionId id, Instant at);

    /** Ends every session of a user (their password was changed). */
    void revokeAllOf(UserId userId, Instant at);

    /** Forgets sessions that ended before {@code cutoff}; returns how many. */
    int purgeEndedBefore(Instant cutoff);
}
