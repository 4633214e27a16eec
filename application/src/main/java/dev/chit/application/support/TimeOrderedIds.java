package dev.chit.application.support;

import dev.chit.domain.port.IdGenerator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made later
 * sort later, which keeps B-tree indexes compact and lets ids double as a tie-breaker in
 * time order. Within one millisecond ids are random, not monotonic; nothing relies on that.
 */
public final class TimeOrderedIds implements IdGenerator {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public UUID next() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long randB = random.nextLong();
        long mostSignificant = (millis << 16) | (0x7L << 12) | randA;
        long leastSignificant = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
