package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.Violations;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One move for many orders of a restaurant: "accept these", "mark these ready". */
record BulkTransitionJson(List<UUID> orderIds, OrderStatus to, Integer prepMinutes, String reason) {

    /** The orders and the move; everything missing or invalid is reported at once. */
    Bulk toBulk() {
        Violations violations = new Violations();
        List<OrderId> ids = new ArrayList<>();
        violations.required(orderIds, "orderIds").ifPresent(given -> {
            for (int index = 0; index < given.size(); index++) {
                violations.required(given.get(index), "orderIds[" + index + "]").map(OrderId::new).ifPresent(ids::add);
            }
        });
        Optional<TransitionRequest> request = TransitionJson.toRequest(to, prepMinutes, reason, violations);
        violations.throwIfAny();
        return new Bulk(ids, request.orElseThrow());
    }

    record Bulk(List<OrderId> orderIds, TransitionRequest request) {
    }
}
