package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Stations;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.station.StationId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kitchen's screens at work: a cook bumps a line, or all of a station's lines, when it is
 * done, and recalls a bump made by mistake; expo recalls a whole order. The order decides what
 * each means (and which moves follow); this stores it under the order's version and publishes
 * every event in the same transaction, as every move is published.
 */
public final class BumpOrders {

    private final Orders orders;
    private final Stations stations;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public BumpOrders(Orders orders, Stations stations, OrderEventPublisher events, Transactions transactions,
                      Clock clock) {
        this.orders = orders;
        this.stations = stations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws NotFound when the order or the line is not there for the caller */
    public Order bumpLine(Caller caller, OrderId orderId, OrderLineId lineId, Optional<Long> ifMatch) {
        return work(caller, orderId, ifMatch, order -> Set.of(line(order, lineId)), true);
    }

    /** @throws NotFound when the order or the station is not there for the caller */
    public Order bumpStation(Caller caller, OrderId orderId, StationId stationId, Optional<Long> ifMatch) {
        return work(caller, orderId, ifMatch, order -> linesOf(order, stationId), true);
    }

    public Order recallLine(Caller caller, OrderId orderId, OrderLineId lineId, Optional<Long> ifMatch) {
        return work(caller, orderId, ifMatch, order -> Set.of(line(order, lineId)), false);
    }

    public Order recallStation(Caller caller, OrderId orderId, StationId stationId, Optional<Long> ifMatch) {
        return work(caller, orderId, ifMatch, order -> linesOf(order, stationId), false);
    }

    /**
     * READY back to PREPARING, or COMPLETED back to READY, within ten minutes.
     *
     * @throws dev.chit.domain.order.InvalidTransition from any other status, or later
     * @throws InvalidInput when the reason is missing
     */
    public Order recallOrder(Caller caller, OrderId orderId, Optional<String> reason, Optional<Long> ifMatch) {
        return transactions.inTransaction(() -> {
            Order order = visible(caller, orderId, ifMatch);
            var recalled = order.recall(reason, caller.actorAt(order.restaurantId()), clock.instant());
            Order stored = orders.update(recalled.order());
            events.publish(recalled.event());
            return stored;
        });
    }

    private Order work(Caller caller, OrderId orderId, Optional<Long> ifMatch,
                       Function<Order, Set<OrderLineId>> lines, boolean bump) {
        return transactions.inTransaction(() -> {
            Order order = visible(caller, orderId, ifMatch);
            Instant now = clock.instant();
            var by = caller.actorAt(order.restaurantId());
            Order.Bumped done = bump
                    ? order.bump(lines.apply(order), by, now,
                            stations.of(order.restaurantId()).readyWhenAllBumped())
                    : order.recallLines(lines.apply(order), by, now);
            Order stored = orders.update(done.order());
            done.events().forEach(events::publish);
            return stored;
        });
    }

    private Order visible(Caller caller, OrderId orderId, Optional<Long> ifMatch) {
        Order order = orders.find(orderId)
                .filter(found -> caller.worksAt(found.restaurantId()))
                .orElseThrow(() -> new NotFound("order", orderId));
        if (ifMatch.isPresent() && ifMatch.get() != order.version()) {
            throw new VersionMismatch(orderId, ifMatch.get(), order.version());
        }
        return order;
    }

    private static OrderLineId line(Order order, OrderLineId lineId) {
        return order.lines().stream().map(OrderLine::id).filter(lineId::equals).findFirst()
                .orElseThrow(() -> new NotFound("line", lineId));
    }

    // A station of the restaurant with no line in this order has nothing to bump: a 409 from the order.
    private Set<OrderLineId> linesOf(Order order, StationId stationId) {
        stations.of(order.restaurantId()).station(stationId).orElseThrow(() -> new NotFound("station", stationId));
        return order.linesFor(stationId).stream().map(OrderLine::id).collect(Collectors.toUnmodifiableSet());
    }
}
