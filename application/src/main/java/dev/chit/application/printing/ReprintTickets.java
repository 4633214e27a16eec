package dev.chit.application.printing;

import dev.chit.application.access.Caller;
import dev.chit.application.orders.ViewOrder;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.printing.PrintJob;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff print an order's tickets again (one station's, or all), each marked {@code REPRINT n}. */
public final class ReprintTickets {

    private final ViewOrder orders;
    private final QueueTickets queue;
    private final StationNames stations;
    private final Transactions transactions;

    public ReprintTickets(ViewOrder orders, QueueTickets queue, StationNames stations, Transactions transactions) {
        this.orders = orders;
        this.queue = queue;
        this.stations = stations;
        this.transactions = transactions;
    }

    /**
     * @throws dev.chit.domain.error.NotFound unless the caller works at the order's restaurant
     * @throws InvalidInput naming {@code stationId} when the restaurant has no such station
     */
    public List<PrintJob> reprint(Caller caller, OrderId orderId, Optional<UUID> stationId) {
        Order order = orders.forCaller(caller, orderId);
        stationId.filter(id -> !stations.of(order.restaurantId()).containsKey(id)).ifPresent(id -> {
            throw new InvalidInput("stationId", "unknown", "the restaurant has no such station");
        });
        return transactions.inTransaction(() -> queue.reprint(order, stationId));
    }
}
