package dev.chit.domain.checkout;

import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cart priced by the server: every amount the guest will pay, and when the food should be
 * ready. {@code total = subtotal + serviceFee + tax + deliveryFee + tip - discount}, with no
 * {@code tax} added when the prices include it ({@code taxIncluded}); {@code tax} is the sum of
 * {@code taxes}, one per rate.
 */
public record Quote(
        RestaurantId restaurantId,
        List<QuotedLine> lines,
        Fulfillment fulfillment,
        Optional<Instant> scheduledFor,
        Money subtotal,
        Money serviceFee,
        Money tax,
        Money deliveryFee,
        Money tip,
        Money discount,
        Money total,
        Instant estimatedReadyAt,
        List<TaxLine> taxes,
        boolean taxIncluded,
        Optional<AppliedPromotion> promotion) {

    public Quote {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        Objects.requireNonNull(promotion, "promotion");
    }

    /** A quote priced without a promotion. */
    public Quote(RestaurantId restaurantId, List<QuotedLine> lines, Fulfillment fulfillment,
                 Optional<Instant> scheduledFor, Money subtotal, Money serviceFee, Money tax, Money deliveryFee,
                 Money tip, Money discount, Money total, Instant estimatedReadyAt, List<TaxLine> taxes,
                 boolean taxIncluded) {
        this(restaurantId, lines, fulfillment, scheduledFor, subtotal, serviceFee, tax, deliveryFee, tip, discount,
                total, estimatedReadyAt, taxes, taxIncluded, Optional.empty());
    }

    public Currency currency() {
        return total.currency();
    }
}
