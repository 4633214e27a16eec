package dev.chit.domain.payment;

import dev.chit.domain.order.OrderId;

import java.util.Objects;
import java.util.Optional;

/**
 * What the card network tells Chit of its own accord (Stripe's webhook), once its signature
 * proved it came from the network. Each event has an id of the network's, the same however often
 * it is sent, so that Chit acts on it once.
 *
 * @param id              the network's id of the event ({@code evt_...})
 * @param type            the network's name of the event, as sent ({@code charge.refunded}), for the logs
 * @param kind            what it means for an order
 * @param authorizationId the authorization (PaymentIntent) it is about; empty when it names none
 * @param orderId         the order the authorization says it is for (its {@code chit_order_id}), when it says
 * @param refundedInAll   for {@link Kind#REFUNDED}: how much of the charge went back in all, in minor units
 */
public record PaymentEvent(String id, String type, Kind kind, Optional<String> authorizationId,
                           Optional<OrderId> orderId, Optional<Long> refundedInAll) {

    /** What an event means for an order. */
    public enum Kind {
        /** The guest's bank confirmed the guest: the money is reserved (amount capturable). */
        AUTHORIZED,
        /** The authorization failed or was given up: nothing is reserved. */
        FAILED,
        /** Money of the charge went back to the guest (perhaps by a refund made in the network's dashboard). */
        REFUNDED,
        /** The guest disputes the charge with their bank. */
        DISPUTED,
        /** Anything else the network may send: acknowledged, and nothing changes. */
        OTHER
    }

    public PaymentEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a payment event has an id");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authorizationId, "authorizationId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(refundedInAll, "refundedInAll");
        if (kind == Kind.REFUNDED && refundedInAll.isEmpty()) {
            throw new IllegalArgumentException("a refund event says how much was refunded");
        }
    }
}
