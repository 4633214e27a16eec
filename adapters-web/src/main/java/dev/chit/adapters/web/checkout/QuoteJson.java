package dev.chit.adapters.web.checkout;

import dev.chit.domain.checkout.Quote;
import dev.chit.domain.checkout.QuotedLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A priced cart (API.md, "Checkout"); amounts in minor units of {@code currency}. {@code tax} is
 * the sum of {@code taxes}, one per rate; with {@code taxIncluded} the prices held it already.
 * {@code promotion}: the promo code that gave {@code discount}, or {@code null}.
 */
record QuoteJson(
        List<LineJson> lines,
        long subtotal,
        long tax,
        long deliveryFee,
        long serviceFee,
        long tip,
        long total,
        String currency,
        Instant estimatedReadyAt,
        long discount,
        List<TaxJson> taxes,
        boolean taxIncluded,
        AppliedPromotionJson promotion) {

    static QuoteJson of(Quote quote) {
        return new QuoteJson(quote.lines().stream().map(LineJson::of).toList(),
                quote.subtotal().minorUnits(), quote.tax().minorUnits(), quote.deliveryFee().minorUnits(),
                quote.serviceFee().minorUnits(), quote.tip().minorUnits(), quote.total().minorUnits(),
                quote.currency().getCurrencyCode(), quote.estimatedReadyAt(), quote.discount().minorUnits(),
                TaxJson.of(quote.taxes()), quote.taxIncluded(),
                AppliedPromotionJson.of(quote.promotion()));
    }

    record LineJson(UUID menuItemId, String name, int quantity, long unitPrice, List<OptionJson> options,
                    long lineTotal) {

        static LineJson of(QuotedLine line) {
            return new LineJson(line.menuItemId().value(), line.name(), line.quantity(),
                    line.unitPrice().minorUnits(), line.options().stream().map(OptionJson::of).toList(),
                    line.lineTotal().minorUnits());
        }
    }
}
