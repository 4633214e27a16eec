package dev.chit.adapters.web.checkout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.chit.adapters.web.support.Violations;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.CartLine;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.promotion.Promotion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cart as a client sends it. The server prices everything: amounts a client sends along
 * (a quote posted back, say) are accepted and ignored, by name; any other unknown field is a 400.
 * {@code null} here means "absent in the JSON"; it does not get past {@link #toCart}.
 */
@JsonIgnoreProperties({"subtotal", "tax", "deliveryFee", "serviceFee", "discount", "total", "currency",
        "promotion"})
public record CartJson(List<LineJson> lines, FulfillmentJson fulfillment, Long tip, Instant scheduledFor,
                       String promoCode) {

    // Longer than any code a restaurant can make: unknown without a look-up.
    private static final int MAX_PROMO_CODE_LENGTH = 100;

    @JsonIgnoreProperties({"name", "price", "unitPrice", "lineTotal"})
    public record LineJson(UUID menuItemId, Integer quantity, List<UUID> optionIds, String note) {
    }

    public record FulfillmentJson(FulfillmentType type, AddressJson address, String table) {

        public static FulfillmentJson of(Fulfillment fulfillment) {
            return new FulfillmentJson(fulfillment.type(), fulfillment.address().map(AddressJson::of).orElse(null),
                    fulfillment.table().orElse(null));
        }

        private Optional<Fulfillment> toFulfillment(Violations violations) {
            Optional<FulfillmentType> how = violations.required(type, "fulfillment.type");
            Optional<DeliveryAddress> where = Optional.ofNullable(address).flatMap(given -> given.toAddress(violations));
            if (how.isEmpty() || (address != null && where.isEmpty())) {
                return Optional.empty();
            }
            return violations.attempt(() -> new Fulfillment(how.get(), where, Optional.ofNullable(table)));
        }
    }

    public Optional<Cart> toCart(Violations violations) {
        return toCart(lines, fulfillment, tip, scheduledFor, promoCode, violations);
    }

    /** The cart, or empty with the reasons added to {@code violations}; shared with checkout's order body. */
    public static Optional<Cart> toCart(List<LineJson> lines, FulfillmentJson fulfillment, Long tip,
                                        Instant scheduledFor, String promoCode, Violations violations) {
        if (promoCode != null && promoCode.length() > MAX_PROMO_CODE_LENGTH) {
            violations.add("promoCode", Promotion.UNKNOWN, "no such promo code");
        }
        List<CartLine> cartLines = violations.required(lines, "lines")
                .map(given -> toLines(given, violations))
                .orElse(List.of());
        Optional<Fulfillment> how = violations.required(fulfillment, "fulfillment")
                .flatMap(given -> given.toFulfillment(violations));
        if (violations.any()) {
            return Optional.empty();
        }
        return Optional.of(new Cart(cartLines, how.orElseThrow(), tip == null ? 0 : tip,
                Optional.ofNullable(scheduledFor), Optional.ofNullable(promoCode)));
    }

    private static List<CartLine> toLines(List<LineJson> lines, Violations violations) {
        List<CartLine> cartLines = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String at = "lines[" + index + "]";
            Optional<LineJson> line = violations.required(lines.get(index), at);
            if (line.isEmpty()) {
                continue;
            }
            Optional<UUID> item = violations.required(line.get().menuItemId(), at + ".menuItemId");
            Optional<Integer> quantity = violations.required(line.get().quantity(), at + ".quantity");
            List<ModifierOptionId> options = toOptions(line.get().optionIds(), at + ".optionIds", violations);
            if (item.isPresent() && quantity.isPresent()) {
                cartLines.add(new CartLine(new MenuItemId(item.get()), quantity.get(), options,
                        Optional.ofNullable(line.get().note())));
            }
        }
        return cartLines;
    }

    private static List<ModifierOptionId> toOptions(List<UUID> optionIds, String at, Violations violations) {
        if (optionIds == null) {
            return List.of();
        }
        List<ModifierOptionId> options = new ArrayList<>();
        for (int index = 0; index < optionIds.size(); index++) {
            violations.required(optionIds.get(index), at + "[" + index + "]")
                    .ifPresent(id -> options.add(new ModifierOptionId(id)));
        }
        return options;
    }
}
