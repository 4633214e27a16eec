package dev.chit.adapters.persistence.events;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.OrderEventSignals;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * Signals within one process, for the embedded database: an event's signal is given after its
 * transaction commits, on the committing thread (the listener only queues it).
 */
public final class InProcessOrderEventSignals implements OrderEventSignals, EventAnnouncer {

    private volatile Listener listener;

    @Override
    public void announce(Statements sql, RestaurantId restaurantId, long seq) {
        sql.afterCommit(() -> {
            Listener current = listener;
            if (current != null) {
                current.committed(restaurantId, seq);
            }
        });
    }

    @Override
    public void start(Listener newListener) {
        this.listener = newListener;
    }

    @Override
    public void close() {
        this.listener = null;
    }
}
