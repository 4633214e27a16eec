package dev.chit.adapters.notification;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.checkout.QuotedLine;
import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Test data: an order of two lines at a New York restaurant whose name needs escaping. */
final class GuestEmails {

    static final Currency USD = Currency.getInstance("USD");
    static final Instant PLACED_AT = Instant.parse("2026-11-25T23:30:00Z");
    static final Restaurant RESTAURANT = new Restaurant(new RestaurantId(UUID.randomUUID()), "Harbour & <Grill>",
            Optional.empty(), USD, ZoneId.of("America/New_York"), RestaurantSettings.defaults(USD));

    private GuestEmails() {
    }

    static Order order(String email) {
        return order(email, Fulfillment.pickup());
    }

    static Order order(String email, Fulfillment fulfillment) {
        Money burger = Money.of(1650, USD);
        var lines = List.of(
                new QuotedLine(new MenuItemId(UUID.randomUUID()), "Harbour Burger", 1, burger,
                        List.of(new QuotedOption(new ModifierOptionId(UUID.randomUUID()), "Bacon", Money.of(200, USD))),
                        Optional.of("no <pickles>"), burger),
                new QuotedLine(new MenuItemId(UUID.randomUUID()), "Lemonade", 2, Money.of(575, USD), List.of(),
                        Optional.empty(), Money.of(1150, USD)));
        var quote = new Quote(RESTAURANT.id(), lines, fulfillment, Optional.empty(), Money.of(2800, USD),
                Money.of(0, USD), Money.of(248, USD), Money.of(0, USD), Money.of(300, USD), Money.of(0, USD),
                Money.of(3348, USD), PLACED_AT.plusSeconds(1200),
                List.of(new dev.chit.domain.checkout.TaxLine("standard", 886, Money.of(2800, USD), Money.of(248, USD))),
                false);
        return Order.place(new OrderId(UUID.randomUUID()), 42, quote,
                new Customer("Ada \"<b>\" Guest", email, Optional.empty()), Optional.empty(), PaymentStatus.AUTHORIZED,
                Actor.customer(), () -> new OrderLineId(UUID.randomUUID()), PLACED_AT).order();
    }

    static GuestEmail email(GuestNoticeKind kind, Order order) {
        var notice = new GuestNotice(kind, order.id(), Optional.of(order.estimatedReadyAt()),
                Optional.of("fryer <broke>"), PaymentOutcome.VOIDED, Optional.of(10L), Optional.empty());
        return new GuestEmail(UUID.randomUUID(), notice, order, RESTAURANT);
    }
}
