package dev.chit.application.live;

import dev.chit.domain.port.OrderEventLog;

import java.time.Clock;
import java.time.Duration;

/**
 * The housekeeping job that keeps the event log to its retention: a board offline longer than
 * that resumes with a snapshot instead of a replay, which is what it would want anyway.
 */
public final class ForgetOldEvents {

    /** How long order events are kept for replay. */
    public static final Duration RETENTION = Duration.ofDays(7);

    private final OrderEventLog log;
    private final Clock clock;

    public ForgetOldEvents(OrderEventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** @return how many events were forgotten */
    public int forgetExpired() {
        return log.forgetBefore(clock.instant().minus(RETENTION));
    }
}
