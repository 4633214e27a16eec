package dev.chit.adapters.persistence;

import dev.chit.domain.port.Sessions;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.Session;
import dev.chit.domain.staff.SessionId;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

abstract class SessionsContract extends ContractBase {

    private static final Instant TWELVE_HOURS_LATER = NOON.plus(Duration.ofHours(12));

    @Test
    void aSession_roundTrips_andIsFoundByItsTokenHashOnly() {
        User user = user();
        Session session = begin(user, TWELVE_HOURS_LATER);

        sessions().add(session);

        assertThat(sessions().findByTokenHash(session.tokenHash())).contains(session);
        assertThat(sessions().findByTokenHash(newHash())).isEmpty();
    }

    @Test
    void revoking_endsTheSession_once() {
        Session session = begin(user(), TWELVE_HOURS_LATER);
        sessions().add(session);

        sessions().revoke(session.id(), minutesAfterNoon(5));
        sessions().revoke(session.id(), minutesAfterNoon(9));

        Session found = sessions().findByTokenHash(session.tokenHash()).orElseThrow();
        assertThat(found.revokedAt()).contains(minutesAfterNoon(5));
        assertThat(found.isActiveAt(minutesAfterNoon(6))).isFalse();
    }

    @Test
    void revokingAllOfAUser_endsTheirSessions_only() {
        User user = user();
        User other = user();
        Session first = begin(user, TWELVE_HOURS_LATER);
        Session second = begin(user, TWELVE_HOURS_LATER);
        Session others = begin(other, TWELVE_HOURS_LATER);
        List.of(first, second, others).forEach(sessions()::add);

        sessions().revokeAllOf(user.id(), minutesAfterNoon(1));

        assertThat(sessions().findByTokenHash(first.tokenHash()).orElseThrow().revokedAt()).isPresent();
        assertThat(sessions().findByTokenHash(second.tokenHash()).orElseThrow().revokedAt()).isPresent();
        assertThat(sessions().findByTokenHash(others.tokenHash()).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void purging_forgetsSessionsThatEndedBeforeTheCutoff() {
        User user = user();
        Session expired = begin(user, NOON.plus(Duration.ofHours(1)));
        Session revoked = begin(user, TWELVE_HOURS_LATER);
        Session current = begin(user, TWELVE_HOURS_LATER);
        List.of(expired, revoked, current).forEach(sessions()::add);
        sessions().revoke(revoked.id(), minutesAfterNoon(10));

        int purged = sessions().purgeEndedBefore(NOON.plus(Duration.ofHours(2)));

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(sessions().findByTokenHash(expired.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(revoked.tokenHash())).isEmpty();
        assertThat(sessions().findByTokenHash(current.tokenHash())).isPresent();
    }

    @Test
    void aTokenHashIsUnique() {
        Session first = begin(user(), TWELVE_HOURS_LATER);
        sessions().add(first);
        Session sameHash = new Session(new SessionId(UUID.randomUUID()), first.userId(), first.tokenHash(), NOON,
                TWELVE_HOURS_LATER, Optional.empty());

        assertThat(catchThrowable(() -> sessions().add(sameHash))).isNotNull();
    }

    @Test
    void sessionsGoWithTheirUser() {
        User user = user();
        Session session = begin(user, TWELVE_HOURS_LATER);
        sessions().add(session);

        database().statements().update("test-delete-user", "DELETE FROM users WHERE id = ?", user.id().value());

        assertThat(sessions().findByTokenHash(session.tokenHash())).isEmpty();
    }

    private Sessions sessions() {
        return database().sessions();
    }

    private User user() {
        User user = new User(new UserId(UUID.randomUUID()), "signed-in-" + UUID.randomUUID() + "@example.org",
                "Signed In", false, List.of());
        database().users().add(user, new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$ZGlnZXN0"));
        return user;
    }

    private static Session begin(User user, Instant expiresAt) {
        return Session.begin(new SessionId(UUID.randomUUID()), user.id(), newHash(), NOON, expiresAt);
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
