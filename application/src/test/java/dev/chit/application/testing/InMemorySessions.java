package dev.chit.application.testing;

import dev.chit.domain.port.Sessions;
import dev.chit.domain.staff.Session;
import dev.chit.domain.staff.SessionId;
import dev.chit.domain.staff.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Sessions} in a map, by id. */
public final class InMemorySessions implements Sessions, Snapshotting {

    private Map<SessionId, Session> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void add(Session session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("session " + session.id() + " exists already");
        }
    }

    @Override
    public synchronized Optional<Session> findByTokenHash(String tokenHash) {
        return sessions.values().stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized void revoke(SessionId id, Instant at) {
        Session session = sessions.get(id);
        if (session != null && session.revokedAt().isEmpty()) {
            sessions.put(id, revoked(session, at));
        }
    }

    @Override
    public synchronized void revokeAllOf(UserId userId, Instant at) {
        for (Session session : new ArrayList<>(sessions.values())) {
            if (session.userId().equals(userId)) {
                revoke(session.id(), at);
            }
        }
    }

    @Override
    public synchronized int purgeEndedBefore(Instant cutoff) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.expiresAt().isBefore(cutoff)
                || s.revokedAt().map(at -> at.isBefore(cutoff)).orElse(false));
        return before - sessions.size();
    }

    public synchronized List<Session> all() {
        return List.copyOf(sessions.values());
    }

    private static Session revoked(Session session, Instant at) {
        return new Session(session.id(), session.userId(), session.tokenHash(), session.createdAt(),
                session.expiresAt(), Optional.of(at));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(sessions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        sessions = new LinkedHashMap<>((Map<SessionId, Session>) snapshot);
    }
}
