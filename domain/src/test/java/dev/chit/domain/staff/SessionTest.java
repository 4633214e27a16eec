package dev.chit.domain.staff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {

    private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(12));

    private static Session session(Optional<Instant> revokedAt) {
        return new Session(new SessionId(UUID.randomUUID()), new UserId(UUID.randomUUID()), "hash", START, END, revokedAt);
    }

    @Test
    void aSession_isActiveUntilItExpires() {
        Session session = session(Optional.empty());

        assertThat(session.isActiveAt(START)).isTrue();
        assertThat(session.isActiveAt(END.minusMillis(1))).isTrue();
        assertThat(session.isActiveAt(END)).isFalse();
    }

    @Test
    void aRevokedSession_isNotActive() {
        assertThat(session(Optional.of(START.plusSeconds(60))).isActiveAt(START.plusSeconds(120))).isFalse();
    }

    @Test
    void aSessionMustEndAfterItStarts() {
        assertThatThrownBy(() -> Session.begin(new SessionId(UUID.randomUUID()), new UserId(UUID.randomUUID()), "h",
                START, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
