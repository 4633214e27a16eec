package dev.chit.application.orders;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.LineQuantity;
import dev.chit.domain.order.OrderId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.text;

/**
 * A manager gives money back: {@code amount} minor units of the order's currency, or, when
 * {@code lines} is not empty, the items it names (the order works the amount out), and the reason
 * the guest is told. The client's {@code Idempotency-Key}, when it sent one, makes a retried
 * request find the refund it made instead of refunding twice.
 */
public record RefundCommand(OrderId orderId, long amount, List<LineQuantity> lines, String reason,
                            Optional<String> idempotencyKey) {

    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    public RefundCommand {
        Objects.requireNonNull(orderId, "orderId");
        lines = List.copyOf(lines);
        reason = text(reason, "reason", MAX_REASON_LENGTH);
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        idempotencyKey.filter(key -> key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH).ifPresent(key -> {
            throw new InvalidInput("Idempotency-Key", "invalid-idempotency-key",
                    "the Idempotency-Key header must be 1 to 255 characters");
        });
    }

    /** A refund of an amount. */
    public RefundCommand(OrderId orderId, long amount, String reason, Optional<String> idempotencyKey) {
        this(orderId, amount, List.of(), reason, idempotencyKey);
    }

    /** A refund of the items {@code lines} names. */
    public static RefundCommand ofLines(OrderId orderId, List<LineQuantity> lines, String reason,
                                        Optional<String> idempotencyKey) {
        return new RefundCommand(orderId, 0, lines, reason, idempotencyKey);
    }

    public boolean byLine() {
        return !lines.isEmpty();
    }
}
