package dev.chit.domain.port;

import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The emails and webhook deliveries a restaurant's queues gave up on: listed for its managers,
 * and sent back to the queue one at a time, as pending and with a fresh budget of attempts.
 */
public interface DeadLetters {

    /** Which queue. */
    enum Queue {
        EMAILS,
        WEBHOOK_DELIVERIES
    }

    /** What sending one back came to. */
    enum Requeued {
        /** Pending again, due now, with no attempts counted. */
        REQUEUED,
        /** The restaurant has it, but it is not dead (pending, sent or delivered). */
        NOT_DEAD,
        /** The restaurant has no such message. */
        UNKNOWN
    }

    /** At most {@code limit} of the restaurant's dead messages in {@code queue}, newest first, after {@code after}. */
    List<DeadLetter> page(Queue queue, RestaurantId restaurantId, Optional<DeadLetter.Cursor> after, int limit);

    /** Sends the dead message back to the queue, due at {@code now}. */
    Requeued requeue(Queue queue, RestaurantId restaurantId, UUID id, Instant now);
}
