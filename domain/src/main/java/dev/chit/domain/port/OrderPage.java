package dev.chit.domain.port;

import dev.chit.domain.order.Order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of orders and, when there may be more, where the next page starts. */
public record OrderPage(List<Order> items, Optional<OrderCursor> next) {

    public OrderPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
