package dev.chit.domain.port;

import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filter over one restaurant's orders. Empty sets mean "any". {@code from} and {@code to}
 * bound {@code placedAt} (inclusive, exclusive); {@code text} matches number, customer name,
 * email, phone and item names, ignoring case. {@code scheduledDueBy}, when present, leaves out
 * the scheduled orders not yet started (placed or accepted) whose {@code scheduledFor} is later:
 * the board shows a scheduled order once the kitchen should start on it.
 */
public record OrderQuery(
        RestaurantId restaurantId,
        Set<OrderStatus> statuses,
        Set<FulfillmentType> fulfillments,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<String> text,
        OrderSort sort,
        int limit,
        Optional<OrderCursor> after,
        Optional<Instant> scheduledDueBy) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
    /** The statuses in which a scheduled order waits for its time to start. */
    public static final Set<OrderStatus> NOT_STARTED = Set.of(OrderStatus.PLACED, OrderStatus.ACCEPTED);

    public OrderQuery {
        Objects.requireNonNull(restaurantId, "restaurantId");
        statuses = Set.copyOf(statuses);
        fulfillments = Set.copyOf(fulfillments);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "out-of-range", "limit must be between 1 and " + MAX_LIMIT);
        }
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(scheduledDueBy, "scheduledDueBy");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidInput("to", "out-of-range", "to must be after from");
        }
    }

    /** Every order the filters match, scheduled for whenever. */
    public OrderQuery(RestaurantId restaurantId, Set<OrderStatus> statuses, Set<FulfillmentType> fulfillments,
                      Optional<Instant> from, Optional<Instant> to, Optional<String> text, OrderSort sort, int limit,
                      Optional<OrderCursor> after) {
        this(restaurantId, statuses, fulfillments, from, to, text, sort, limit, after, Optional.empty());
    }

    public static OrderQuery all(RestaurantId restaurantId) {
        return new OrderQuery(restaurantId, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), OrderSort.NEWEST_FIRST, DEFAULT_LIMIT, Optional.empty());
    }

    public OrderQuery withLimit(int newLimit) {
        return new OrderQuery(restaurantId, statuses, fulfillments, from, to, text, sort, newLimit, after, scheduledDueBy);
    }

    public OrderQuery after(OrderCursor cursor) {
        return new OrderQuery(restaurantId, statuses, fulfillments, from, to, text, sort, limit, Optional.of(cursor), scheduledDueBy);
    }

    /** The same query, leaving out the scheduled orders not yet started that are due after {@code dueBy}. */
    public OrderQuery scheduledDueBy(Instant dueBy) {
        return new OrderQuery(restaurantId, statuses, fulfillments, from, to, text, sort, limit, after,
                Optional.of(dueBy));
    }

    /** Whether {@code scheduledDueBy} leaves the order out (the databases ask the same in their own terms). */
    public boolean leavesOut(Order order) {
        return scheduledDueBy.isPresent() && NOT_STARTED.contains(order.status())
                && order.scheduledFor().filter(at -> at.isAfter(scheduledDueBy.get())).isPresent();
    }
}
