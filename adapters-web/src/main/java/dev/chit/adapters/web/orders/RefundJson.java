package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.Violations;
import dev.chit.application.orders.RefundCommand;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A refund as a manager asks for it, {@code {"amount","reason"}}, and as the API shows it. */
record RefundJson(Long amount, String reason) {

    /** @throws dev.chit.domain.error.InvalidInput naming each missing or invalid field */
    RefundCommand toCommand(OrderId orderId, Optional<String> idempotencyKey) {
        Violations violations = new Violations();
        Optional<Long> given = violations.required(amount, "amount");
        violations.required(reason, "reason");
        violations.throwIfAny();
        return new RefundCommand(orderId, given.orElseThrow(), reason, idempotencyKey);
    }

    /** The refund resource: {@code {"id","orderId","amount","currency","reason","createdAt"}}. */
    record Resource(UUID id, UUID orderId, long amount, String currency, String reason, Instant createdAt) {

        static Resource of(PaymentOperation refund) {
            return new Resource(refund.id().value(), refund.orderId().value(), refund.amount().minorUnits(),
                    refund.amount().currency().getCurrencyCode(), refund.reason().orElse(null), refund.createdAt());
        }
    }
}
