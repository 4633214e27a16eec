package dev.chit.adapters.persistence.events;

import dev.chit.adapters.persistence.restaurants.RestaurantCounters;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.port.OrderEventLog;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Order events in the {@code order_events} table, numbered per restaurant in the transaction
 * of the change: an event exists exactly when its change does, and the numbers have no gaps.
 * The restaurant's row lock, taken for the number and held to commit, also makes a
 * restaurant's events commit in {@code seq} order. Every stored event is announced to the
 * live boards of all instances ({@link EventAnnouncer}).
 */
public final class SqlOrderEvents implements OrderEventPublisher, OrderEventLog {

    private static final String LAST_SEQ = "SELECT last_event_seq FROM restaurants WHERE id = ?";
    private static final String RESTAURANTS = "SELECT id FROM restaurants";
    private static final String FORGET = "DELETE FROM order_events WHERE restaurant_id = ? AND created_at < ?";

    private final Statements sql;
    private final RestaurantCounters counters;
    private final EventAnnouncer announcer;

    public SqlOrderEvents(Statements sql, RestaurantCounters counters, EventAnnouncer announcer) {
        this.sql = sql;
        this.counters = counters;
        this.announcer = announcer;
    }

    @Override
    public long publish(OrderEvent event) {
        return sql.inTransaction(() -> {
            long seq = counters.nextEventSeq(event.restaurantId());
            sql.write("order-event-insert", OrderEventRows.INSERT, OrderEventRows.insertParams(seq, event));
            announcer.announce(sql, event.restaurantId(), seq);
            return seq;
        });
    }

    @Override
    public long lastSeq(RestaurantId restaurantId) {
        return sql.get("order-events-last-seq", LAST_SEQ, restaurantId.value())
                .map(row -> longValue(row, "last_event_seq"))
                .orElse(0L);
    }

    /** The restaurant's events after {@code afterSeq}, in order, at most {@code limit}: what a resuming board missed. */
    @Override
    public List<LoggedOrderEvent> after(RestaurantId restaurantId, long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return sql.query("order-events-after", OrderEventRows.AFTER, restaurantId.value(), afterSeq, limit).stream()
                .map(OrderEventRows::event)
                .toList();
    }

    // A restaurant at a time: each delete is short and uses the (restaurant, time) index.
    @Override
    public int forgetBefore(Instant cutoff) {
        long forgotten = 0;
        for (var row : sql.query("restaurant-ids", RESTAURANTS)) {
            forgotten += sql.update("order-events-forget", FORGET, uuid(row, "id"), cutoff);
        }
        return Math.toIntExact(forgotten);
    }
}
