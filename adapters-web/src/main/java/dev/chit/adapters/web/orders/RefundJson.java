package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.Violations;
import dev.chit.application.orders.RefundCommand;
import dev.chit.domain.order.LineQuantity;
import dev.chit.domain.order.LineRefund;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.payment.PaymentOperation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A refund as a manager asks for it, {@code {"amount","reason"}} or, by line,
 * {@code {"lines":[{"lineId","quantity"}],"reason"}} (exactly one of {@code amount} and
 * {@code lines}), and as the API shows it.
 */
record RefundJson(Long amount, List<LineJson> lines, String reason) {

    /** Items of one line to give back. */
    record LineJson(UUID lineId, Integer quantity) {
    }

    /** @throws dev.chit.domain.error.InvalidInput naming each missing or invalid field */
    RefundCommand toCommand(OrderId orderId, Optional<String> idempotencyKey) {
        Violations violations = new Violations();
        if (amount != null && lines != null) {
            violations.add("lines", "amount-or-lines", "give either amount or lines, not both");
        } else if (lines == null) {
            violations.required(amount, "amount");
        }
        List<LineQuantity> items = lines == null ? List.of() : items(lines, violations);
        violations.required(reason, "reason");
        violations.throwIfAny();
        return lines == null
                ? new RefundCommand(orderId, amount, reason, idempotencyKey)
                : RefundCommand.ofLines(orderId, items, reason, idempotencyKey);
    }

    /** The items a preview asks about: {@code lines} alone. */
    static List<LineQuantity> previewed(List<LineJson> lines) {
        Violations violations = new Violations();
        List<LineQuantity> items = violations.required(lines, "lines")
                .map(given -> items(given, violations))
                .orElse(List.of());
        violations.throwIfAny();
        return items;
    }

    private static List<LineQuantity> items(List<LineJson> lines, Violations violations) {
        if (lines.isEmpty()) {
            violations.add("lines", "required", "name at least one line to refund");
        }
        List<LineQuantity> items = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String at = "lines[" + index + "]";
            Optional<LineJson> line = violations.required(lines.get(index), at);
            if (line.isEmpty()) {
                continue;
            }
            Optional<UUID> id = violations.required(line.get().lineId(), at + ".lineId");
            Optional<Integer> quantity = violations.required(line.get().quantity(), at + ".quantity");
            if (id.isPresent() && quantity.isPresent()) {
                items.add(new LineQuantity(new OrderLineId(id.get()), quantity.get()));
            }
        }
        return items;
    }

    /** The refund resource: {@code {"id","orderId","amount","currency","reason","createdAt"}}. */
    record Resource(UUID id, UUID orderId, long amount, String currency, String reason, Instant createdAt) {

        static Resource of(PaymentOperation refund) {
            return new Resource(refund.id().value(), refund.orderId().value(), refund.amount().minorUnits(),
                    refund.amount().currency().getCurrencyCode(), refund.reason().orElse(null), refund.createdAt());
        }
    }

    /** A preview's request, {@code {"lines":[...]}}. */
    record PreviewRequest(List<LineJson> lines) {
    }

    /**
     * What the items would give back, refunding nothing:
     * {@code {"amount","currency","lines":[{"lineId","quantity","refundedQuantity"}]}}, the lines as
     * they would be after the refund.
     */
    record Preview(long amount, String currency, List<PreviewLine> lines) {

        record PreviewLine(UUID lineId, int quantity, int refundedQuantity) {
        }

        static Preview of(LineRefund refund) {
            return new Preview(refund.amount().minorUnits(), refund.amount().currency().getCurrencyCode(),
                    refund.linesAfter().stream()
                            .map(line -> new PreviewLine(line.id().value(), line.quantity(), line.refundedQuantity()))
                            .toList());
        }
    }
}
