package dev.chit.adapters.web.undelivered;

import dev.chit.domain.delivery.DeadLetter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An email or webhook delivery given up on: what it is ({@code type}), what it is about
 * ({@code subjectId}: the order, restaurant or report of an email; the webhook of a delivery),
 * how often it was tried, when it was written and given up on, and the last error.
 */
record UndeliveredJson(UUID id, String type, UUID subjectId, int attempts, Instant createdAt, Instant deadAt,
                       String lastError) {

    static UndeliveredJson of(DeadLetter letter) {
        return new UndeliveredJson(letter.id(), letter.type(), letter.subjectId(), letter.attempts(),
                letter.createdAt(), letter.deadAt(), letter.lastError().orElse(null));
    }

    /** A page of them, newest first, and where the next one starts ({@code null}: this is the last). */
    record PageJson(List<UndeliveredJson> items, String nextCursor) {
    }

    /** The answer to a retry: back in the queue, pending. */
    record RetriedJson(UUID id, String status) {
    }
}
