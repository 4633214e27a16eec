package dev.chit.adapters.persistence.undelivered;

import dev.chit.adapters.persistence.outbox.SqlOutbox;
import dev.chit.adapters.persistence.queue.LeasedQueue;
import dev.chit.adapters.persistence.webhooks.SqlWebhooks;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The dead letters of the two queues on {@link LeasedQueue}: the outbox's emails and the webhook deliveries. */
public final class SqlDeadLetters implements DeadLetters {

    private final SqlOutbox outbox;
    private final SqlWebhooks webhooks;

    public SqlDeadLetters(SqlOutbox outbox, SqlWebhooks webhooks) {
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    @Override
    public List<DeadLetter> page(Queue queue, RestaurantId restaurantId, Optional<DeadLetter.Cursor> after,
                                 int limit) {
        return switch (queue) {
            case EMAILS -> outbox.deadOf(restaurantId, after, limit);
            case WEBHOOK_DELIVERIES -> webhooks.deadOf(restaurantId, after, limit);
        };
    }

    @Override
    public Requeued requeue(Queue queue, RestaurantId restaurantId, UUID id, Instant now) {
        return switch (queue) {
            case EMAILS -> outbox.requeue(restaurantId, id, now);
            case WEBHOOK_DELIVERIES -> webhooks.requeue(restaurantId, id, now);
        };
    }
}
