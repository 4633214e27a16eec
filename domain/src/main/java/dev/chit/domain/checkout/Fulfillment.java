package dev.chit.domain.checkout;

import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.text;

/**
 * Pickup, delivery to {@code address}, or dine-in at {@code table}. Whether the address or
 * table is present (and only where it belongs) is checked when the cart is priced, so that the
 * guest hears of it together with everything else wrong with the cart.
 */
public record Fulfillment(FulfillmentType type, Optional<DeliveryAddress> address, Optional<String> table) {

    public Fulfillment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
        table = Objects.requireNonNull(table, "table").map(t -> text(t, "fulfillment.table", 50));
    }

    public static Fulfillment pickup() {
        return new Fulfillment(FulfillmentType.PICKUP, Optional.empty(), Optional.empty());
    }

    public static Fulfillment delivery(DeliveryAddress address) {
        return new Fulfillment(FulfillmentType.DELIVERY, Optional.of(address), Optional.empty());
    }

    public static Fulfillment dineIn(String table) {
        return new Fulfillment(FulfillmentType.DINE_IN, Optional.empty(), Optional.of(table));
    }

    Fulfillment deliveredTo(DeliveryAddress completed) {
        return new Fulfillment(type, Optional.of(completed), table);
    }
}
