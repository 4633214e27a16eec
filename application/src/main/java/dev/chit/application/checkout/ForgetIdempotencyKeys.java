package dev.chit.application.checkout;

import dev.chit.domain.port.IdempotencyKeys;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/**
 * The job that forgets idempotency keys once their day is over: a retry is answered from the
 * stored response for {@link #KEPT_FOR}, and after that the key, its request's fingerprint and
 * the response (which holds the guest's access token) are no longer worth keeping. Run
 * periodically; safe to run on several servers at once, since a key is only deleted once.
 */
public final class ForgetIdempotencyKeys {

    private static final System.Logger LOG = System.getLogger(ForgetIdempotencyKeys.class.getName());

    /** How long a key answers retries with its first response. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    public ForgetIdempotencyKeys(IdempotencyKeys idempotencyKeys, Clock clock) {
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /** @return how many keys were forgotten */
    public int forgetExpired() {
        int forgotten = idempotencyKeys.purgeCreatedBefore(clock.instant().minus(KEPT_FOR));
        if (forgotten > 0) {
            LOG.log(Level.INFO, "event=idempotency-keys-forgotten count={0}", forgotten);
        }
        return forgotten;
    }
}
