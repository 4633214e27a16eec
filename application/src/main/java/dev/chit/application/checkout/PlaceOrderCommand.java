package dev.chit.application.checkout;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.Customer;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Objects;
import java.util.Optional;

/**
 * A guest's checkout: the cart, who they are, how they pay, and the idempotency key their
 * client sent with the fingerprint of the request body it came in.
 */
public record PlaceOrderCommand(
        RestaurantId restaurantId,
        Cart cart,
        Customer customer,
        Optional<String> notes,
        PaymentMethod payment,
        String idempotencyKey,
        String requestFingerprint) {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    public PlaceOrderCommand {
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(payment, "payment");
        if (idempotencyKey == null || idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "invalid-idempotency-key",
                    "the Idempotency-Key header is required, 1 to 255 characters");
        }
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
    }
}
