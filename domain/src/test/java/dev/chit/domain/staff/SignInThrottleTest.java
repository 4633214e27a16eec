package dev.chit.domain.staff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private final SignInThrottle throttle = SignInThrottle.STANDARD;

    private static List<Instant> minutesAgo(int... minutes) {
        List<Instant> failures = new ArrayList<>();
        for (int m : minutes) {
            failures.add(NOW.minus(Duration.ofMinutes(m)));
        }
        return failures;
    }

    @Test
    void fourFailures_stillAllowATry() {
        assertThat(throttle.retryAfter(minutesAgo(1, 2, 3, 4), NOW)).isEmpty();
    }

    @Test
    void fiveFailuresInTheWindow_refuse_untilTheOldestLeavesIt() {
        assertThat(throttle.retryAfter(minutesAgo(1, 2, 3, 4, 10), NOW)).contains(Duration.ofMinutes(5));
    }

    @Test
    void failuresOlderThanTheWindow_doNotCount() {
        assertThat(throttle.retryAfter(minutesAgo(1, 2, 3, 4, 15, 16, 30), NOW)).isEmpty();
    }

    @Test
    void moreThanFiveFailures_refuse_untilEnoughOfThemLeaveTheWindow() {
        // Seven failures: three must leave, the third oldest (12 minutes ago) leaves in 3 minutes.
        assertThat(throttle.retryAfter(minutesAgo(1, 2, 3, 4, 12, 13, 14), NOW)).contains(Duration.ofMinutes(3));
    }

    @Test
    void theWaitIsAtLeastOneSecond_soRetryAfterIsNeverZero() {
        Instant almostGone = NOW.minus(Duration.ofMinutes(15)).plusMillis(10);
        List<Instant> failures = new ArrayList<>(minutesAgo(1, 2, 3, 4));
        failures.add(almostGone);

        assertThat(throttle.retryAfter(failures, NOW)).contains(Duration.ofSeconds(1));
    }
}
