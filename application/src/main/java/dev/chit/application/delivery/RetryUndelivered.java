package dev.chit.application.delivery;

import dev.chit.application.access.Caller;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.port.DeadLetters.Queue;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A manager looks at the emails and webhook deliveries of their restaurant that were given up on
 * (a mailbox that was full, a receiver that was down for a day) and sends one again once the
 * cause is mended: it goes back to its queue as pending, due now, with a fresh budget of
 * attempts, under the same id (receivers still drop duplicates by it).
 */
public final class RetryUndelivered {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    private final Restaurants restaurants;
    private final DeadLetters deadLetters;
    private final Transactions transactions;
    private final Clock clock;

    public RetryUndelivered(Restaurants restaurants, DeadLetters deadLetters, Transactions transactions, Clock clock) {
        this.restaurants = restaurants;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One page of dead letters, newest first, and where the next starts when there is one. */
    public record Page(List<DeadLetter> items, Optional<DeadLetter.Cursor> next) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * @throws NotFound when the caller does not work at the restaurant (or there is none)
     * @throws dev.chit.application.access.NotPermitted when they do, but not as a manager
     */
    public Page list(Caller caller, RestaurantId restaurantId, Queue queue, Optional<DeadLetter.Cursor> after,
                     int limit) {
        requireManaged(caller, restaurantId);
        // One more than the page is read: whether it exists says if there is a next page.
        List<DeadLetter> found = deadLetters.page(queue, restaurantId, after, limit + 1);
        List<DeadLetter> page = found.stream().limit(limit).toList();
        return new Page(page, found.size() > limit ? Optional.of(DeadLetter.Cursor.after(page.getLast()))
                : Optional.empty());
    }

    /**
     * @throws NotFound when the restaurant has no such message in that queue, or the caller does not work there
     * @throws NotDead  when the message was not given up on
     * @throws dev.chit.application.access.NotPermitted when the caller works there, but not as a manager
     */
    public void retry(Caller caller, RestaurantId restaurantId, Queue queue, UUID id) {
        requireManaged(caller, restaurantId);
        var outcome = transactions.inTransaction(() -> deadLetters.requeue(queue, restaurantId, id, clock.instant()));
        if (outcome == DeadLetters.Requeued.NOT_DEAD) {
            throw new NotDead(id);
        }
        if (outcome == DeadLetters.Requeued.UNKNOWN) {
            throw new NotFound(queue == Queue.EMAILS ? "email" : "webhook delivery", id);
        }
    }

    private void requireManaged(Caller caller, RestaurantId restaurantId) {
        caller.requireManagerOf(restaurantId);
        restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }
}
