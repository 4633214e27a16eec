package dev.chit.domain.order;

import java.util.Arrays;
import java.util.List;

/**
 * Where an order is on its way from the guest's tap to the guest's hands. {@code AWAITING_PAYMENT}
 * comes before the order is placed: the guest's bank asked the guest to confirm the payment
 * (3-D Secure), and until it is confirmed the order has no number and no kitchen sees it.
 */
public enum OrderStatus {
    AWAITING_PAYMENT,
    PLACED,
    ACCEPTED,
    PREPARING,
    READY,
    OUT_FOR_DELIVERY,
    COMPLETED,
    REJECTED,
    CANCELLED;

    /** The statuses of orders the restaurant sold (or was asked for): every one but awaiting payment. */
    public static List<OrderStatus> ofPlacedOrders() {
        return Arrays.stream(values()).filter(status -> status != AWAITING_PAYMENT).toList();
    }

    /** Completed, rejected and cancelled orders never move again. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }
}
