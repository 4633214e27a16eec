package dev.chit.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many wrong passwords are tolerated before signing in is refused for a while: at most
 * {@code maxFailures} within any {@code window}. It is applied to an email address and, apart,
 * to a client address, so that neither one account nor one attacker can be tried at speed.
 * The window slides: a refusal lasts until enough of the failures in it are old enough.
 */
public record SignInThrottle(int maxFailures, Duration window) {

    /** Five failures in fifteen minutes. */
    public static final SignInThrottle STANDARD = new SignInThrottle(5, Duration.ofMinutes(15));

    public SignInThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /** The earliest failure that still counts at {@code now}. */
    public Instant countsSince(Instant now) {
        return now.minus(window);
    }

    /**
     * How long to wait before the next try, or empty when a try is allowed now.
     *
     * @param failures the failures since {@link #countsSince}, in any order
     */
    public Optional<Duration> retryAfter(List<Instant> failures, Instant now) {
        List<Instant> counting = failures.stream().filter(at -> at.isAfter(countsSince(now))).sorted().toList();
        if (counting.size() < maxFailures) {
            return Optional.empty();
        }
        // Once this failure leaves the window, fewer than maxFailures remain in it.
        Instant mustExpire = counting.get(counting.size() - maxFailures);
        Duration wait = Duration.between(now, mustExpire.plus(window));
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }
}
