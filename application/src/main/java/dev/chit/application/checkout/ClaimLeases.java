package dev.chit.application.checkout;

import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leases of the idempotency keys this server's requests hold. A request's claim lasts
 * {@link #lease()} unless renewed; {@link #renewAll()}, run every {@link #runEvery()}, extends
 * the claims of the requests still running every {@link #renewEvery()}. A server that dies stops renewing, and a retry takes
 * its claims over once their leases lapse: seconds, not minutes, after a crash.
 *
 * <p>A request that fails frees its key at once. When it failed because the database went away
 * (a failover), freeing it then would only wait for the database a second time and delay the
 * client's 503; the key is freed by the next {@link #renewAll()} that reaches the database
 * instead (within a second of its return), and is no longer renewed meanwhile, so at worst its
 * lease lapses.
 */
public final class ClaimLeases {

    private static final System.Logger LOG = System.getLogger(ClaimLeases.class.getName());
    private static final Duration RUN_EVERY = Duration.ofSeconds(1);

    /** A claim held by one running request. */
    public record Held(String scope, String key, String holder) {
    }

    private final IdempotencyKeys keys;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lease;
    private final Set<Held> running = ConcurrentHashMap.newKeySet();
    private final Set<Held> toRelease = ConcurrentHashMap.newKeySet();
    private volatile Instant renewedAt = Instant.MIN;

    /**
     * @param lease how long a claim lasts unless renewed; renewed three times per lease, so one
     *              renewal lost to a slow database or a pause does not let it lapse
     */
    public ClaimLeases(IdempotencyKeys keys, Transactions transactions, Clock clock, Duration lease) {
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("a claim's lease must be at least 3 seconds: " + lease);
        }
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
    }

    public Duration lease() {
        return lease;
    }

    public Duration renewEvery() {
        return lease.dividedBy(3);
    }

    /** How often {@link #renewAll()} should run: often enough to free a failed request's key soon. */
    public Duration runEvery() {
        return RUN_EVERY.compareTo(renewEvery()) < 0 ? RUN_EVERY : renewEvery();
    }

    /** A new holder, for a request about to claim a key (or take one over). */
    Held newHolder(String scope, String key) {
        return new Held(scope, key, UUID.randomUUID().toString());
    }

    /** When a claim made or renewed at {@code at} lapses. */
    Instant leaseFrom(Instant at) {
        return at.plus(lease);
    }

    /** Whether a claim whose lease runs until {@code leaseUntil} may be taken over at {@code now}. */
    static boolean hasLapsed(Instant leaseUntil, Instant now) {
        return !leaseUntil.isAfter(now);
    }

    /** The request of {@code held} runs: renew its claim until {@link #finished}. */
    void running(Held held) {
        running.add(held);
    }

    /** The request of {@code held} completed its key, or released it. */
    void finished(Held held) {
        running.remove(held);
    }

    /**
     * The request of {@code held} failed: frees its key now, or, when {@code failure} was the
     * database going away, as soon as the database is back.
     */
    void failed(Held held, RuntimeException failure) {
        running.remove(held);
        if (failure instanceof DatabaseUnavailable) {
            toRelease.add(held);
            return;
        }
        try {
            release(held);
        } catch (DatabaseUnavailable away) {
            toRelease.add(held);
        }
    }

    /**
     * Frees the keys of requests that failed while the database was away, then, once every
     * {@link #renewEvery()}, extends the leases of the requests still running. Run every
     * {@link #runEvery()}; a run that cannot reach the database throws and leaves the rest for
     * the next.
     */
    public void renewAll() {
        for (Held held : Set.copyOf(toRelease)) {
            release(held);
            toRelease.remove(held);
        }
        Instant now = clock.instant();
        if (now.isBefore(renewedAt.plus(renewEvery()))) {
            return;
        }
        Instant until = leaseFrom(now);
        for (Held held : Set.copyOf(running)) {
            boolean stillOurs = transactions.inTransaction(() -> keys.renew(held.scope(), held.key(), held.holder(), until));
            if (!stillOurs) {
                // Completed (the request is about to finish) or taken over after a pause longer
                // than the lease: either way nothing left to renew.
                running.remove(held);
            }
        }
        renewedAt = now;
    }

    /** How many claims this server renews or has still to free; for tests and metrics. */
    public int held() {
        return running.size() + toRelease.size();
    }

    private void release(Held held) {
        transactions.inTransaction(() -> {
            keys.release(held.scope(), held.key(), held.holder());
            return null;
        });
        LOG.log(Level.DEBUG, "event=idempotency-key-released scope={0}", held.scope());
    }
}
