package dev.chit.benchmarks;

import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The moves of an order that goes well, from placed to completed, as the kitchen makes them. */
final class Lifecycle {

    static final UUID COOK = UUID.fromString("01936b2a-4c00-7000-8000-000000000900");

    private Lifecycle() {
    }

    /** Accept (15 minutes), prepare, ready, then out for delivery if it is one, and complete. */
    static List<TransitionRequest> happyPath(FulfillmentType fulfillment) {
        TransitionRequest accept = TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(15));
        TransitionRequest prepare = TransitionRequest.to(OrderStatus.PREPARING);
        TransitionRequest ready = TransitionRequest.to(OrderStatus.READY);
        TransitionRequest complete = TransitionRequest.to(OrderStatus.COMPLETED);
        return fulfillment == FulfillmentType.DELIVERY
                ? List.of(accept, prepare, ready, TransitionRequest.to(OrderStatus.OUT_FOR_DELIVERY), complete)
                : List.of(accept, prepare, ready, complete);
    }
}
