package dev.chit.domain.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guest's cart as sent by checkout. It carries no prices: whatever a client claims an item
 * costs is ignored, and {@link PriceList} prices every line from the menu.
 *
 * @param tip          in the restaurant's minor units
 * @param scheduledFor when the guest wants the order ready; empty means as soon as possible
 * @param promoCode    the promotion's code the guest typed, if any (matched case-insensitively)
 */
public record Cart(List<CartLine> lines, Fulfillment fulfillment, long tip, Optional<Instant> scheduledFor,
                   Optional<String> promoCode) {

    public Cart {
        lines = List.copyOf(lines);
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        promoCode = Objects.requireNonNull(promoCode, "promoCode").map(String::strip).filter(code -> !code.isEmpty());
    }

    /** A cart without a promo code. */
    public Cart(List<CartLine> lines, Fulfillment fulfillment, long tip, Optional<Instant> scheduledFor) {
        this(lines, fulfillment, tip, scheduledFor, Optional.empty());
    }

    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }
}
