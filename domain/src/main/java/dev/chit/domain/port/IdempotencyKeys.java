package dev.chit.domain.port;

import java.time.Instant;

/**
 * Idempotency keys sent by clients, and the responses they got, kept for 24 hours so that a
 * retried request is answered with the first response instead of being carried out again.
 *
 * <p>A key is first <em>claimed</em> (committed at once, so a concurrent duplicate sees the
 * claim), then <em>completed</em> inside the transaction that does the work, or
 * <em>released</em> when the work failed and may be tried again.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} for a request with body {@code fingerprint}, unless it is claimed
     * already. Commits on its own: call it outside the work's transaction.
     */
    Claim claim(String scope, String key, String fingerprint, Instant at);

    /** Stores the response of the claimed key's request; in the transaction of the work. */
    void complete(String scope, String key, int responseStatus, byte[] responseBody);

    /** Drops a claim whose request failed without effect, so the client may try again. */
    void release(String scope, String key);

    /** Forgets keys claimed before {@code cutoff}; returns how many. */
    int purgeCreatedBefore(Instant cutoff);

    /** The outcome of a claim. */
    sealed interface Claim {

        /** The key was free and is now this request's. */
        record Claimed() implements Claim {
        }

        /** Another request holds the key and has not finished. */
        record InProgress(String fingerprint) implements Claim {
        }

        /** A request under the key finished; this is what it got. */
        record Completed(IdempotencyRecord record) implements Claim {
        }
    }
}
