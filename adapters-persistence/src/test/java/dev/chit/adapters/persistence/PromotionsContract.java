package dev.chit.adapters.persistence;

import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.CartLine;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionId;
import dev.chit.domain.promotion.PromotionTerms;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

/** Promo codes, their redemptions under concurrent checkouts, and the promotion an order keeps. */
abstract class PromotionsContract extends ContractBase {

    private Promotions promotions() {
        return database().promotions();
    }

    private static PromotionTerms terms(String code, Optional<Integer> maxRedemptions) {
        return new PromotionTerms(code, PromotionKind.PERCENT, 10, Optional.of(500L),
                Optional.of(Instant.parse("2026-01-01T00:00:00Z")), Optional.of(Instant.parse("2027-01-01T00:00:00Z")),
                maxRedemptions, Optional.of(2), true, true);
    }

    private Promotion add(RestaurantId restaurantId, PromotionTerms terms) {
        Promotion promotion = new Promotion(new PromotionId(UUID.randomUUID()), restaurantId, terms, 0);
        inTransaction(() -> promotions().add(promotion));
        return promotion;
    }

    private void inTransaction(Runnable work) {
        database().transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private boolean redeem(Promotion promotion, String email) {
        return database().transactions().inTransaction(
                () -> promotions().redeem(promotion.id(), new OrderId(UUID.randomUUID()), email));
    }

    @Test
    void aPromotion_isReadBackAsWritten_byIdAndByItsCodeInAnyCase() {
        Fixtures.Kitchen kitchen = given().kitchen();
        Promotion written = add(kitchen.id(), terms("Welcome10", Optional.of(5)));

        assertThat(promotions().find(kitchen.id(), written.id())).contains(written);
        assertThat(promotions().findByCode(kitchen.id(), PromotionTerms.key("wElCoMe10"))).contains(written);
        assertThat(promotions().of(kitchen.id())).containsExactly(written);
    }

    @Test
    void changing_keepsTheRedemptions_andRemoving_forgetsIt_eachRestaurantSeeingOnlyItsOwn() {
        Fixtures.Kitchen mine = given().kitchen();
        Fixtures.Kitchen theirs = given().kitchen();
        Promotion promotion = add(mine.id(), terms("SUMMER", Optional.empty()));
        add(theirs.id(), terms("SUMMER", Optional.empty()));
        assertThat(redeem(promotion, "anna@example.org")).isTrue();

        PromotionTerms paused = new PromotionTerms("Summer", PromotionKind.AMOUNT, 300, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);
        inTransaction(() -> promotions().update(promotion.withTerms(paused)));

        assertThat(promotions().find(mine.id(), promotion.id()))
                .contains(new Promotion(promotion.id(), mine.id(), paused, 1));
        assertThat(promotions().find(theirs.id(), promotion.id())).isEmpty();
        assertThat(database().transactions().inTransaction(() -> promotions().remove(theirs.id(), promotion.id())))
                .isFalse();
        assertThat(database().transactions().inTransaction(() -> promotions().remove(mine.id(), promotion.id())))
                .isTrue();
        assertThat(promotions().of(mine.id())).isEmpty();
        assertThat(promotions().of(theirs.id())).hasSize(1);
    }

    @Test
    void concurrentRedemptions_neverPassTheMaximum() throws Exception {
        Fixtures.Kitchen kitchen = given().kitchen();
        Promotion promotion = add(kitchen.id(), terms("FIVE", Optional.of(5)));

        List<Boolean> redeemed = Concurrently.run(20, () -> redeem(promotion, "guest@example.org"));

        assertThat(redeemed).filteredOn(Boolean::booleanValue).hasSize(5);
        assertThat(promotions().find(kitchen.id(), promotion.id()).orElseThrow().redemptions()).isEqualTo(5);
        assertThat(promotions().redemptionsBy(promotion.id(), "guest@example.org")).isEqualTo(5);
    }

    @Test
    void aRedemptionGivenBack_isCountedNoMore_andOnlyOnce() {
        Fixtures.Kitchen kitchen = given().kitchen();
        Promotion promotion = add(kitchen.id(), terms("BACK", Optional.of(1)));
        OrderId orderId = new OrderId(UUID.randomUUID());
        assertThat(database().transactions().inTransaction(
                () -> promotions().redeem(promotion.id(), orderId, "anna@example.org"))).isTrue();
        assertThat(redeem(promotion, "ben@example.org")).isFalse();

        assertThat(database().transactions().inTransaction(() -> promotions().giveBack(orderId))).isTrue();
        assertThat(database().transactions().inTransaction(() -> promotions().giveBack(orderId))).isFalse();

        assertThat(promotions().find(kitchen.id(), promotion.id()).orElseThrow().redemptions()).isZero();
        assertThat(promotions().redemptionsBy(promotion.id(), "anna@example.org")).isZero();
        assertThat(redeem(promotion, "ben@example.org")).isTrue();
    }

    @Test
    void anOrder_keepsThePromotionItWasPricedWith_andCountsAsTheGuestsOrder() {
        Fixtures.Kitchen kitchen = given().kitchen();
        Promotion promotion = add(kitchen.id(), new PromotionTerms("TENOFF", PromotionKind.PERCENT, 10,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true));
        Cart cart = new Cart(List.of(new CartLine(kitchen.item("Cola").id(), 2, List.of(), Optional.empty())),
                Fulfillment.pickup(), 0, Optional.empty());
        Quote quote = new PriceList(kitchen.restaurant, kitchen.menu).quote(cart, NOON, KitchenLoad.idle(),
                promotion.discountAt(NOON));
        assertThat(promotions().hasOrdered(kitchen.id(), "anna.rossi@example.org")).isFalse();

        Order placed = database().transactions().inTransaction(() -> {
            Order order = Order.place(new OrderId(UUID.randomUUID()), database().orders().nextNumber(kitchen.id()),
                    quote, new Customer("Anna Rossi", "Anna.Rossi@Example.org", Optional.empty()), Optional.empty(),
                    PaymentStatus.AUTHORIZED, Actor.customer(), () -> new OrderLineId(UUID.randomUUID()), NOON).order();
            database().orders().add(order);
            return order;
        });
        inTransaction(() -> promotions().update(promotion.withTerms(new PromotionTerms(
                "TENOFF", PromotionKind.AMOUNT, 1, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, true))));

        Order read = database().orders().find(placed.id()).orElseThrow();
        assertThat(read.totals().promotion()).contains(new AppliedPromotion("TENOFF", PromotionKind.PERCENT, 10));
        assertThat(read.totals().discount()).isEqualTo(quote.discount());
        assertThat(read.totals().discount().isZero()).isFalse();
        assertThat(promotions().hasOrdered(kitchen.id(), "anna.rossi@example.org")).isTrue();
    }
}
