package dev.chit.application.checkout;

import dev.chit.domain.order.Order;

/** A new order, or the response already given under the same idempotency key. */
public sealed interface PlaceOrderResult {

    int CREATED = 201;
    int AWAITING_PAYMENT = 202;

    /**
     * The order was placed now; {@code confirmation} is the response kept for replays.
     *
     * @param acceptsAutomatically the restaurant's {@code autoAccept} as it was when the order was priced
     */
    record Placed(Order order, String accessToken, byte[] confirmation, boolean acceptsAutomatically)
            implements PlaceOrderResult {
    }

    /**
     * The order waits for the guest's bank (3-D Secure); {@code confirmation} carries what the
     * guest's browser needs to ask it, and is the response kept for replays.
     */
    record AwaitingPayment(Order order, String accessToken, byte[] confirmation) implements PlaceOrderResult {
    }

    /** The same request came before; this is what it got. */
    record Replayed(int status, byte[] body) implements PlaceOrderResult {
    }
}
