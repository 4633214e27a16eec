package dev.chit.application.promotions;

import dev.chit.application.access.NotPermitted;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryPromotions;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionTerms;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.Checkouts.CONFIRMATION;
import static dev.chit.application.testing.People.managerOf;
import static dev.chit.application.testing.People.staffOf;
import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Promo codes managed, applied at checkout, counted with the order and given back when it is given up. */
class PromotionsAtCheckoutTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().taxRate(0).build(), SampleMenu.menu());
    private final InMemoryPromotions promotions = new InMemoryPromotions(chit.orders);
    private final InMemoryTransactions transactions = new InMemoryTransactions(chit.restaurants, chit.menus,
            chit.orders, chit.idempotencyKeys, chit.events, chit.payments, chit.users, promotions);
    private final GiveBackRedemptions events = new GiveBackRedemptions(chit.events, promotions);
    private final ManagePromotions manage = new ManagePromotions(chit.restaurants, promotions, transactions, chit.ids);
    private final PlaceOrder placeOrder = new PlaceOrder(chit.restaurants, chit.menus, chit.orders, chit.kitchenLoads,
            chit.idempotencyKeys, chit.leases, events, transactions, chit.checkoutAuthorization, chit.ids, chit.clock)
            .withPromoCodes(new PromoCodes(promotions));
    private final TransitionOrder transitionOrder = new TransitionOrder(chit.orders, chit.restaurants,
            chit.kitchenLoads, events, transactions, chit.paymentInstructions, chit.paymentSettlement, chit.clock);

    private static PromotionTerms terms(String code, Optional<Integer> maxRedemptions, Optional<Integer> perGuest) {
        return new PromotionTerms(code, PromotionKind.PERCENT, 10, Optional.empty(), Optional.empty(), Optional.empty(),
                maxRedemptions, perGuest, false, true);
    }

    private Promotion create(PromotionTerms terms) {
        return manage.create(managerOf(RESTAURANT_ID), RESTAURANT_ID, terms);
    }

    private Order checkout(String code, String email) {
        Cart cart = aCart().with(SODA, 10).build();
        Cart withCode = new Cart(cart.lines(), cart.fulfillment(), cart.tip(), cart.scheduledFor(), Optional.of(code));
        var command = new PlaceOrderCommand(RESTAURANT_ID, withCode, new Customer("Ada", email, Optional.empty()),
                Optional.empty(), new PaymentMethod.Card("tok_visa"), UUID.randomUUID().toString(), "fp");
        return ((Placed) placeOrder.place(command, CONFIRMATION)).order();
    }

    private long redemptions(Promotion promotion) {
        return promotions.find(RESTAURANT_ID, promotion.id()).orElseThrow().redemptions();
    }

    private static String refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidInput invalid) {
            assertThat(invalid.violations()).extracting(Violation::field).containsExactly("promoCode");
            return invalid.violations().getFirst().code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void onlyManagers_makeCodes_uniqueWhateverTheirCase() {
        create(terms("Summer", Optional.empty(), Optional.empty()));

        assertThatThrownBy(() -> manage.create(staffOf(RESTAURANT_ID), RESTAURANT_ID,
                terms("Winter", Optional.empty(), Optional.empty()))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> create(terms("SUMMER", Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.violations().getFirst().field()).isEqualTo("code"));
        assertThat(manage.list(managerOf(RESTAURANT_ID), RESTAURANT_ID)).hasSize(1);
    }

    @Test
    void anOrderPlacedWithACode_keepsItsPromotionAndDiscount_andCountsARedemption() {
        Promotion promotion = create(terms("TENOFF", Optional.of(5), Optional.empty()));

        Order order = checkout("tenoff", "ada@example.com");

        assertThat(order.totals().discount()).isEqualTo(Money.of(300, "USD"));
        assertThat(order.totals().promotion()).contains(new AppliedPromotion("TENOFF", PromotionKind.PERCENT, 10));
        assertThat(chit.orders.find(order.id()).orElseThrow().totals().promotion()).isPresent();
        assertThat(redemptions(promotion)).isEqualTo(1);
    }

    @Test
    void aGuestsOwnLimit_goesByTheirEmailWhateverItsCase_andARefusedCheckoutCountsNothing() {
        Promotion promotion = create(terms("ONCE", Optional.empty(), Optional.of(1)));
        checkout("ONCE", "ada@example.com");

        assertThat(refusal(() -> checkout("ONCE", "ADA@example.COM"))).isEqualTo("promo-not-eligible");
        assertThat(redemptions(promotion)).isEqualTo(1);
        assertThat(chit.orders.all()).hasSize(1);
        checkout("ONCE", "bo@example.com");
        assertThat(redemptions(promotion)).isEqualTo(2);
    }

    @Test
    void aRejectedOrder_givesItsRedemptionBack_butOneCancelledAfterCapture_doesNot() {
        Promotion promotion = create(terms("TWO", Optional.of(2), Optional.empty()));
        Order rejected = checkout("TWO", "ada@example.com");
        Order accepted = checkout("TWO", "bo@example.com");
        assertThat(refusal(() -> checkout("TWO", "cy@example.com"))).isEqualTo("promo-exhausted");

        transitionOrder.transition(rejected.id(), TransitionRequest.to(OrderStatus.REJECTED).withReason("out of soda"),
                COOK, restaurant -> true, Optional.empty());
        assertThat(redemptions(promotion)).isEqualTo(1);

        transitionOrder.transition(accepted.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                restaurant -> true, Optional.empty());
        transitionOrder.transition(accepted.id(), TransitionRequest.to(OrderStatus.CANCELLED).withReason("closing"),
                COOK, restaurant -> true, Optional.empty());
        assertThat(redemptions(promotion)).isEqualTo(1);
        checkout("TWO", "cy@example.com");
        assertThat(redemptions(promotion)).isEqualTo(2);
    }
}
