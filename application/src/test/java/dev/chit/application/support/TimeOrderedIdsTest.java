package dev.chit.application.support;

import dev.chit.application.testing.SettableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    private static final Instant T = Instant.parse("2026-03-02T12:00:00.123Z");

    private final SettableClock clock = new SettableClock(T);
    private final TimeOrderedIds ids = new TimeOrderedIds(clock);

    @Test
    void ids_areVersion7_ofTheRfc4122Variant() {
        for (int i = 0; i < 1000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void theFirst48Bits_areTheClocksUnixMilliseconds() {
        UUID id = ids.next();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli());
        // As text: the first 12 hex digits are the milliseconds.
        String hex = id.toString().replace("-", "");
        assertThat(Long.parseLong(hex.substring(0, 12), 16)).isEqualTo(T.toEpochMilli());
        assertThat(hex.charAt(12)).isEqualTo('7');
    }

    @Test
    void idsMadeLater_sortLater_asUuidsAndAsText() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            made.add(ids.next());
            clock.advance(Duration.ofMillis(1));
        }

        for (int i = 1; i < made.size(); i++) {
            assertThat(made.get(i)).isGreaterThan(made.get(i - 1));
            assertThat(made.get(i).toString()).isGreaterThan(made.get(i - 1).toString());
        }
    }

    @Test
    void idsMadeInTheSameMillisecond_areStillDistinct() {
        Set<UUID> made = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).hasSize(10_000);
    }

    @Test
    void theRandomPart_isNotConstant() {
        UUID a = ids.next();
        UUID b = ids.next();

        assertThat(a.getLeastSignificantBits()).isNotEqualTo(b.getLeastSignificantBits());
    }
}
