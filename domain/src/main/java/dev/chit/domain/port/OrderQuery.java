package dev.chit.domain.port;

import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filter over one restaurant's orders. Empty sets mean "any". {@code from} and {@code to}
 * bound {@code placedAt} (inclusive, exclusive); {@code text} matches number, customer name,
 * email, phone and item names, ignoring case.
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
        Optional<OrderCursor> after) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

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
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidInput("to", "out-of-range", "to must be after from");
        }
    }

    public static OrderQuery all(RestaurantId restaurantId) {
        return new OrderQuery(restaurantId, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), OrderSort.NEWEST_FIRST, DEFAULT_LIMIT, Optional.empty());
    }

    public OrderQuery withLimit(int newLimit) {
        return new OrderQuery(restaurantId, statuses, fulfillments, from, to, text, sort, newLimit, after);
    }

    public OrderQuery after(OrderCursor cursor) {
        return new OrderQuery(restaurantId, statuses, fulfillments, from, to, text, sort, limit, Optional.of(cursor));
    }
}
