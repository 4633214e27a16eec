package dev.chit.application.testing;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.AwaitingPayments;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Orders} in a map, with numbers per restaurant, optimistic locking and keyset pages. */
public final class InMemoryOrders implements Orders, AwaitingPayments, Snapshotting {

    private Map<OrderId, Order> orders = new LinkedHashMap<>();
    private Map<RestaurantId, Long> lastNumbers = new HashMap<>();
    private Map<OrderId, String> accessTokenHashes = new HashMap<>();
    private Runnable beforeNextUpdate = () -> { };

    private record State(Map<OrderId, Order> orders, Map<RestaurantId, Long> lastNumbers,
                         Map<OrderId, String> accessTokenHashes) {
    }

    @Override
    public synchronized List<OrderId> waitingSince(Instant startedBy, int limit) {
        return orders.values().stream()
                .filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT && !order.placedAt().isAfter(startedBy))
                .sorted(Comparator.comparing(Order::placedAt))
                .limit(limit)
                .map(Order::id)
                .toList();
    }

    @Override
    public long nextNumber(RestaurantId restaurantId) {
        return lastNumbers.merge(restaurantId, 1L, Long::sum);
    }

    @Override
    public void add(Order order) {
        if (orders.containsKey(order.id())) {
            throw new IllegalStateException("order " + order.id() + " exists already");
        }
        if (order.version() != 0) {
            throw new IllegalStateException("a new order is stored at version 0, not " + order.version());
        }
        orders.put(order.id(), order);
    }

    @Override
    public Order update(Order order) {
        Runnable interference = beforeNextUpdate;
        beforeNextUpdate = () -> { };
        interference.run();
        Order stored = orders.get(order.id());
        if (stored == null) {
            throw new IllegalStateException("order " + order.id() + " was never added");
        }
        if (stored.version() != order.version()) {
            throw new StaleOrder(order.id(), order.version());
        }
        Order next = order.atVersion(order.version() + 1);
        orders.put(order.id(), next);
        return next;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public OrderPage search(OrderQuery query) {
        Comparator<SortKey> byTime = Comparator.comparing(SortKey::placedAt).thenComparing(SortKey::id);
        Comparator<SortKey> keyOrder = query.sort() == OrderSort.OLDEST_FIRST ? byTime : byTime.reversed();
        List<Order> matching = orders.values().stream()
                .filter(o -> o.restaurantId().equals(query.restaurantId()))
                .filter(o -> query.statuses().isEmpty() || query.statuses().contains(o.status()))
                .filter(o -> query.fulfillments().isEmpty() || query.fulfillments().contains(o.fulfillment().type()))
                .filter(o -> query.from().map(from -> !o.placedAt().isBefore(from)).orElse(true))
                .filter(o -> query.to().map(to -> o.placedAt().isBefore(to)).orElse(true))
                .filter(o -> query.text().map(text -> matches(o, text)).orElse(true))
                .filter(o -> !query.leavesOut(o))
                .filter(o -> query.after().map(cursor -> keyOrder.compare(SortKey.of(o), SortKey.of(cursor)) > 0).orElse(true))
                .sorted(Comparator.comparing(SortKey::of, keyOrder))
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new OrderPage(matching, Optional.empty());
        }
        List<Order> page = matching.subList(0, query.limit());
        Order last = page.getLast();
        return new OrderPage(page, Optional.of(new OrderCursor(last.placedAt(), last.id())));
    }

    private record SortKey(Instant placedAt, UUID id) {
        static SortKey of(Order order) {
            return new SortKey(order.placedAt(), order.id().value());
        }

        static SortKey of(OrderCursor cursor) {
            return new SortKey(cursor.placedAt(), cursor.orderId().value());
        }
    }

    private static boolean matches(Order order, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return String.valueOf(order.number()).equals(needle.replace("#", ""))
                || order.customer().name().toLowerCase(Locale.ROOT).contains(needle)
                || order.customer().email().toLowerCase(Locale.ROOT).contains(needle)
                || order.customer().phone().map(phone -> phone.contains(needle)).orElse(false)
                || order.lines().stream().anyMatch(line -> line.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    @Override
    public Optional<String> accessTokenHash(OrderId id) {
        return Optional.ofNullable(accessTokenHashes.get(id));
    }

    @Override
    public void grantAccess(OrderId id, String accessTokenHash) {
        accessTokenHashes.put(id, accessTokenHash);
    }

    /** Runs {@code interference} just before the next update: another writer winning a race. */
    public void beforeNextUpdate(Runnable interference) {
        this.beforeNextUpdate = interference;
    }

    /** Every stored order, in the order they were added. */
    public List<Order> all() {
        return List.copyOf(orders.values());
    }

    public int count() {
        return orders.size();
    }

    @Override
    public Object snapshot() {
        return new State(new LinkedHashMap<>(orders), new HashMap<>(lastNumbers), new HashMap<>(accessTokenHashes));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        orders = new LinkedHashMap<>(state.orders());
        lastNumbers = new HashMap<>(state.lastNumbers());
        accessTokenHashes = new HashMap<>(state.accessTokenHashes());
    }
}
