package dev.chit.domain.port;

import java.time.Instant;

/**
 * Idempotency keys sent by clients, and the responses they got, kept for 24 hours so that a
 * retried request is answered with the first response instead of being carried out again.
 *
 * <p>A key is first <em>claimed</em> (committed at once, so a concurrent duplicate sees the
 * claim) by a <em>holder</em> (one request, named by a random token) under a <em>lease</em>
 * that the holder's server renews while the request runs; it is then <em>completed</em> inside
 * the transaction that does the work, or <em>released</em> when the work failed and may be
 * tried again. A claim whose server died stops being renewed; once its lease has lapsed a retry
 * may <em>take it over</em>. When a lease counts as lapsed is the caller's rule, not the store's.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} for a request with body {@code fingerprint}, held by {@code holder}
     * until {@code leaseUntil} unless renewed, unless it is claimed already. Commits on its own:
     * call it outside the work's transaction.
     */
    Claim claim(String scope, String key, String fingerprint, String holder, Instant at, Instant leaseUntil);

    /**
     * Takes over an open claim whose lease lapsed, for a new request with the same
     * {@code fingerprint}, and restarts it at {@code at} for {@code holder}. It succeeds only
     * while the claim is still exactly as the caller saw it (open, for {@code fingerprint}, held
     * by {@code heldBy}, the {@link Claim.InProgress#holder()} it was shown), so of several
     * requests taking over one claim at once exactly one does. Commits on its own, like
     * {@link #claim}.
     *
     * @return whether this request now holds the key; {@code false} when another request took it
     *         over, completed or released it first
     */
    boolean takeOver(String scope, String key, String fingerprint, String heldBy, String holder, Instant at,
                     Instant leaseUntil);

    /**
     * Extends the lease of {@code holder}'s open claim to {@code leaseUntil}.
     *
     * @return whether the claim is still {@code holder}'s and open
     */
    boolean renew(String scope, String key, String holder, Instant leaseUntil);

    /**
     * Stores the response of the claimed key's request; in the transaction of the work.
     *
     * @throws IllegalStateException when the key is not claimed, or its request was completed
     *                               already (by a request that took the claim over)
     */
    void complete(String scope, String key, int responseStatus, byte[] responseBody);

    /**
     * Drops {@code holder}'s claim when its request failed without effect, so the client may try
     * again; a claim taken over by another request since, or completed, stays.
     */
    void release(String scope, String key, String holder);

    /** Forgets keys claimed before {@code cutoff}; returns how many. */
    int purgeCreatedBefore(Instant cutoff);

    /** The outcome of a claim. */
    sealed interface Claim {

        /** The key was free and is now this request's. */
        record Claimed() implements Claim {
        }

        /**
         * Another request holds the key and has not finished; it claimed the key at {@code since}
         * and its lease runs until {@code leaseUntil} unless renewed.
         */
        record InProgress(String fingerprint, Instant since, String holder, Instant leaseUntil) implements Claim {
        }

        /** A request under the key finished; this is what it got. */
        record Completed(IdempotencyRecord record) implements Claim {
        }
    }
}
