package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.problem.Problem;
import dev.chit.domain.order.OrderStatus;

import java.util.List;
import java.util.UUID;

/**
 * How one order of a bulk move fared: moved (its new status and version), or refused with the
 * problem document the single move would have answered with.
 */
record BulkResultJson(UUID orderId, boolean ok, OrderStatus status, Long version, Problem error) {

    record ResultsJson(List<BulkResultJson> results) {
    }
}
