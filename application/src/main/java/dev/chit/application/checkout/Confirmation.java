package dev.chit.application.checkout;

import dev.chit.domain.order.Order;

/**
 * Writes the response a guest gets for a newly placed order. The bytes are kept under the
 * idempotency key, in the same transaction as the order, so a replay gets exactly them.
 */
@FunctionalInterface
public interface Confirmation {

    byte[] write(Order order, String accessToken);
}
