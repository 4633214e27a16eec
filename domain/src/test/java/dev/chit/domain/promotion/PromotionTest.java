package dev.chit.domain.promotion;

import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.Discount;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Promo codes: their terms' checks, when one applies, and what it takes off (docs/menu-and-pricing.md). */
class PromotionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final MenuItem PIE = new MenuItem(new MenuItemId(UUID.nameUUIDFromBytes("pie".getBytes())), "Pie",
            "", Money.of(1_005, "USD"), true, List.of(), Optional.empty());

    private static PromotionTerms terms(PromotionKind kind, long value) {
        return new PromotionTerms("Welcome10", kind, value, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, true);
    }

    private static Promotion promotion(PromotionTerms terms, long redemptions) {
        return new Promotion(new PromotionId(UUID.randomUUID()), RESTAURANT_ID, terms, redemptions);
    }

    private static Quote quote(Discount discount, int pies) {
        Restaurant restaurant = aRestaurant().serviceFee(1000).build();
        Cart cart = aCart().with(PIE, pies).build();
        return new PriceList(restaurant, SampleMenu.menuOf(RESTAURANT_ID, PIE)).quote(cart, NOW, KitchenLoad.idle(),
                discount);
    }

    private static String refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidInput invalid) {
            assertThat(invalid.violations()).extracting(Violation::field).containsExactly(Promotion.FIELD);
            return invalid.violations().getFirst().code();
        }
        throw new AssertionError("the code was not refused");
    }

    @Test
    void aPercentage_comesOffTheSubtotalHalfEven_beforeTheServiceFee_andTheQuoteNamesThePromotion() {
        Quote quote = quote(promotion(terms(PromotionKind.PERCENT, 10), 0).discountAt(NOW), 1);

        // 10 % of 1005 = 100.5, half-even to 100; the 10 % service fee is on 905 (90.5 -> 90).
        assertThat(quote.discount()).isEqualTo(Money.of(100, "USD"));
        assertThat(quote.serviceFee()).isEqualTo(Money.of(90, "USD"));
        assertThat(quote.promotion()).contains(new AppliedPromotion("Welcome10", PromotionKind.PERCENT, 10));
    }

    @Test
    void anAmount_neverTakesMoreThanTheSubtotal() {
        Quote quote = quote(promotion(terms(PromotionKind.AMOUNT, 5_000), 0).discountAt(NOW), 1);

        assertThat(quote.discount()).isEqualTo(Money.of(1_005, "USD"));
        assertThat(quote.serviceFee().isZero()).isTrue();
        assertThat(quote.total().isNegative()).isFalse();
    }

    @Test
    void termsOutOfRange_areRefusedNamingEachField() {
        assertThatThrownBy(() -> new PromotionTerms("no spaces!", PromotionKind.PERCENT, 101, Optional.of(-1L),
                Optional.of(NOW), Optional.of(NOW), Optional.of(0), Optional.of(0), false, true))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field)
                        .containsExactly("code", "value", "minSubtotal", "endsAt", "maxRedemptions", "maxPerCustomer"));
        assertThatThrownBy(() -> terms(PromotionKind.AMOUNT, 0)).isInstanceOf(InvalidInput.class);
        assertThat(terms(PromotionKind.PERCENT, 100).value()).isEqualTo(100);
        assertThat(terms(PromotionKind.PERCENT, 1).codeKey()).isEqualTo("WELCOME10");
    }

    @Test
    void aCodeThatDoesNotApply_isRefusedWithTheContractsCode() {
        PromotionTerms base = terms(PromotionKind.PERCENT, 10);
        PromotionTerms paused = new PromotionTerms("A", PromotionKind.PERCENT, 10, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false);
        PromotionTerms ended = new PromotionTerms("A", PromotionKind.PERCENT, 10, Optional.empty(), Optional.empty(),
                Optional.of(NOW), Optional.empty(), Optional.empty(), false, true);
        PromotionTerms notYet = new PromotionTerms("A", PromotionKind.PERCENT, 10, Optional.empty(),
                Optional.of(NOW.plusSeconds(1)), Optional.empty(), Optional.empty(), Optional.empty(), false, true);
        PromotionTerms fiveOnly = new PromotionTerms("A", PromotionKind.PERCENT, 10, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(5), Optional.empty(), false, true);
        PromotionTerms over20 = new PromotionTerms("A", PromotionKind.PERCENT, 10, Optional.of(2_011L),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true);
        PromotionTerms firstOnceEach = new PromotionTerms("A", PromotionKind.PERCENT, 10, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(1), true, true);

        assertThat(refusal(() -> { throw Promotion.unknown(); })).isEqualTo("promo-unknown");
        assertThat(refusal(() -> promotion(paused, 0).discountAt(NOW))).isEqualTo("promo-inactive");
        assertThat(refusal(() -> promotion(ended, 0).discountAt(NOW))).isEqualTo("promo-expired");
        assertThat(refusal(() -> promotion(notYet, 0).discountAt(NOW))).isEqualTo("promo-expired");
        assertThat(refusal(() -> promotion(fiveOnly, 5).discountAt(NOW))).isEqualTo("promo-exhausted");
        assertThat(promotion(fiveOnly, 4).discountAt(NOW)).isNotNull();
        assertThat(refusal(() -> quote(promotion(over20, 0).discountAt(NOW), 2))).isEqualTo("promo-min-subtotal");
        assertThat(quote(promotion(over20, 0).discountAt(NOW), 3).discount()).isEqualTo(Money.of(302, "USD"));
        assertThat(refusal(() -> promotion(firstOnceEach, 0).requireEligible(0, true))).isEqualTo("promo-not-eligible");
        assertThat(refusal(() -> promotion(firstOnceEach, 0).requireEligible(1, false)))
                .isEqualTo("promo-not-eligible");
        promotion(base, 0).requireEligible(7, true);
    }
}
