package dev.chit.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An email or a webhook delivery the queue gave up on, as a manager sees it to decide whether
 * to send it again.
 *
 * @param type      what it is: for emails the notice ({@code guest.placed}, {@code manager.paused-for-missed-orders},
 *                  {@code report}), for webhook deliveries the event ({@code order.created})
 * @param subjectId what it is about: the order, restaurant or report of an email; the webhook of a delivery
 */
public record DeadLetter(UUID id, String type, UUID subjectId, int attempts, Instant createdAt, Instant deadAt,
                         Optional<String> lastError) {

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deadAt, "deadAt");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** Where a page of dead letters ended (newest first): the last one's time of death and id. */
    public record Cursor(Instant deadAt, UUID id) {

        public Cursor {
            Objects.requireNonNull(deadAt, "deadAt");
            Objects.requireNonNull(id, "id");
        }

        public static Cursor after(DeadLetter letter) {
            return new Cursor(letter.deadAt(), letter.id());
        }
    }
}
