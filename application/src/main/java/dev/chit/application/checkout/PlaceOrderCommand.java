package dev.chit.application.checkout;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.ActorType;
import dev.chit.domain.order.Customer;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Objects;
import java.util.Optional;

/**
 * A checkout: the cart, who the guest is, how they pay, the idempotency key the client sent
 * with the fingerprint of the request body it came in, and who places the order: the guest
 * online, or a member of staff entering a phone or counter order (who may take the payment
 * in person).
 */
public record PlaceOrderCommand(
        RestaurantId restaurantId,
        Cart cart,
        Customer customer,
        Optional<String> notes,
        PaymentMethod payment,
        String idempotencyKey,
        String requestFingerprint,
        Actor placedBy) {

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
        Objects.requireNonNull(placedBy, "placedBy");
        if (placedBy.type() == ActorType.SYSTEM) {
            throw new IllegalArgumentException("an order is placed by its guest or by staff");
        }
    }

    /** A guest's own checkout, online. */
    public PlaceOrderCommand(RestaurantId restaurantId, Cart cart, Customer customer, Optional<String> notes,
                             PaymentMethod payment, String idempotencyKey, String requestFingerprint) {
        this(restaurantId, cart, customer, notes, payment, idempotencyKey, requestFingerprint, Actor.customer());
    }

    /** Whether staff enter the order (on the phone or at the counter) rather than the guest. */
    public boolean enteredByStaff() {
        return placedBy.isStaff();
    }
}
