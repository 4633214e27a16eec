package dev.chit.application.checkout;

import dev.chit.domain.order.Order;

/** A new order, or the response already given under the same idempotency key. */
public sealed interface PlaceOrderResult {

    int CREATED = 201;

    /** The order was placed now; {@code confirmation} is the response kept for replays. */
    record Placed(Order order, String accessToken, byte[] confirmation) implements PlaceOrderResult {
    }

    /** The same request came before; this is what it got. */
    record Replayed(int status, byte[] body) implements PlaceOrderResult {
    }
}
