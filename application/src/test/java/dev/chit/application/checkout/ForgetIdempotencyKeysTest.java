package dev.chit.application.checkout;

import dev.chit.application.testing.InMemoryIdempotencyKeys;
import dev.chit.application.testing.SettableClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static dev.chit.application.checkout.PlaceOrder.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

class ForgetIdempotencyKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final ForgetIdempotencyKeys forgetIdempotencyKeys = new ForgetIdempotencyKeys(keys, new SettableClock(NOW));

    private void claimedAgo(String key, Duration age) {
        keys.claim(SCOPE, key, "fp-" + key, "holder-" + key, NOW.minus(age), NOW.minus(age).plusSeconds(12));
    }

    @Test
    void keysClaimedMoreThanADayAgo_areForgotten_andCounted() {
        claimedAgo("two-days", Duration.ofDays(2));
        claimedAgo("a-day-and-a-second", Duration.ofHours(24).plusSeconds(1));
        keys.complete(SCOPE, "a-day-and-a-second", 201, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(forgetIdempotencyKeys.forgetExpired()).isEqualTo(2);

        assertThat(keys.isHeld(SCOPE, "two-days")).isFalse();
        assertThat(keys.isHeld(SCOPE, "a-day-and-a-second")).isFalse();
    }

    @Test
    void keysOfTheLastDay_stillAnswerRetries() {
        claimedAgo("exactly-a-day", Duration.ofHours(24));
        claimedAgo("an-hour", Duration.ofHours(1));

        assertThat(forgetIdempotencyKeys.forgetExpired()).isZero();

        assertThat(keys.isHeld(SCOPE, "exactly-a-day")).isTrue();
        assertThat(keys.isHeld(SCOPE, "an-hour")).isTrue();
    }
}
