package dev.chit.application.checkout;

import dev.chit.domain.order.Order;

import java.util.Optional;

/**
 * Writes the response a guest gets for a newly placed order. The bytes are kept under the
 * idempotency key, in the same transaction as the order, so a replay gets exactly them.
 */
@FunctionalInterface
public interface Confirmation {

    /**
     * @param clientSecret present when the order waits for the guest's bank (3-D Secure): what
     *                     the guest's browser needs to ask it
     */
    byte[] write(Order order, String accessToken, Optional<String> clientSecret);
}
