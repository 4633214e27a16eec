package dev.chit.application.testing;

import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every published event with its sequence number. It takes part in transactions, as the
 * real publisher (an outbox table) does: an event of a rolled-back change disappears with it.
 */
public final class RecordingEventPublisher implements OrderEventPublisher, Snapshotting {

    public record Published(long seq, OrderEvent event) {
    }

    private List<Published> published = new ArrayList<>();
    private Map<RestaurantId, Long> lastSeq = new HashMap<>();

    private record State(List<Published> published, Map<RestaurantId, Long> lastSeq) {
    }

    @Override
    public long publish(OrderEvent event) {
        long seq = lastSeq.merge(event.restaurantId(), 1L, Long::sum);
        published.add(new Published(seq, event));
        return seq;
    }

    public List<OrderEvent> events() {
        return published.stream().map(Published::event).toList();
    }

    public List<Published> published() {
        return List.copyOf(published);
    }

    @Override
    public Object snapshot() {
        return new State(new ArrayList<>(published), new HashMap<>(lastSeq));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        published = new ArrayList<>(state.published());
        lastSeq = new HashMap<>(state.lastSeq());
    }
}
