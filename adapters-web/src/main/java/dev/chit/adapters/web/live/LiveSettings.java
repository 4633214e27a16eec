package dev.chit.adapters.web.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sockets behave.
 *
 * @param pingEvery       how often the server pings each client (API.md: 25 s)
 * @param silentLimit     a client that has answered nothing (no pong, no frame) for this long is dropped (60 s)
 * @param recheckEvery    how often an open socket's credentials are checked again (sign-out, expiry, dismissal)
 * @param sendQueueFrames how many frames may wait for a slow client before it is closed with 4008
 */
public record LiveSettings(Duration pingEvery, Duration silentLimit, Duration recheckEvery, int sendQueueFrames) {

    public LiveSettings {
        Objects.requireNonNull(pingEvery, "pingEvery");
        Objects.requireNonNull(silentLimit, "silentLimit");
        Objects.requireNonNull(recheckEvery, "recheckEvery");
        if (pingEvery.isNegative() || pingEvery.isZero() || silentLimit.compareTo(pingEvery) <= 0) {
            throw new IllegalArgumentException("the silent limit must be longer than the ping interval");
        }
        if (recheckEvery.isNegative() || recheckEvery.isZero()) {
            throw new IllegalArgumentException("recheckEvery must be positive");
        }
        if (sendQueueFrames < 1) {
            throw new IllegalArgumentException("sendQueueFrames must be positive");
        }
    }

    public static LiveSettings defaults() {
        return new LiveSettings(Duration.ofSeconds(25), Duration.ofSeconds(60), Duration.ofSeconds(5), 512);
    }
}
