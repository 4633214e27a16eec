package dev.chit.adapters.persistence.events;

import dev.chit.adapters.persistence.restaurants.RestaurantCounters;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;

/**
 * Order events in the {@code order_events} table, numbered per restaurant in the transaction
 * of the change: an event exists exactly when its change does, and the numbers have no gaps.
 */
public final class SqlOrderEvents implements OrderEventPublisher {

    private final Statements sql;
    private final RestaurantCounters counters;

    public SqlOrderEvents(Statements sql, RestaurantCounters counters) {
        this.sql = sql;
        this.counters = counters;
    }

    @Override
    public long publish(OrderEvent event) {
        return sql.inTransaction(() -> {
            long seq = counters.nextEventSeq(event.restaurantId());
            sql.update("order-event-insert", OrderEventRows.INSERT, OrderEventRows.insertParams(seq, event));
            return seq;
        });
    }

    /** The restaurant's events after {@code afterSeq}, in order, at most {@code limit}: what a resuming board missed. */
    public List<StoredOrderEvent> after(RestaurantId restaurantId, long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return sql.query("order-events-after", OrderEventRows.AFTER, restaurantId.value(), afterSeq, limit).stream()
                .map(OrderEventRows::event)
                .toList();
    }
}
