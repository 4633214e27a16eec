package dev.chit.domain.testing;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.OrderTotals;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.restaurant.RestaurantId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order for tests, standing in any status: two burgers with fries (2 x 1250 = 2500), a tip of
 * 300 and a total of 2800 US cents, placed at {@link #PLACED_AT} by a guest and paid by card.
 * The timestamps and payment status fit the status unless a test sets them.
 */
public final class OrderBuilder {

    public static final Instant PLACED_AT = Instant.parse("2026-03-02T12:00:00Z");
    public static final long TOTAL_CENTS = 2800;

    private OrderId id = new OrderId(UUID.fromString("01900000-0000-7000-8000-00000000a001"));
    private long number = 1;
    private RestaurantId restaurantId = RestaurantBuilder.RESTAURANT_ID;
    private OrderStatus status = OrderStatus.PLACED;
    private Optional<PaymentStatus> paymentStatus = Optional.empty();
    private Fulfillment fulfillment = Fulfillment.pickup();
    private Optional<Instant> scheduledFor = Optional.empty();
    private Money refunded = Money.zero(RestaurantBuilder.USD);
    private long version;

    private OrderBuilder() {
    }

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public static Customer aGuest() {
        return new Customer("Ada Lovelace", "ada@example.com", Optional.of("+1 555 0100"));
    }

    public OrderBuilder withId(OrderId newId) {
        this.id = newId;
        return this;
    }

    public OrderBuilder unnumbered() {
        this.number = Order.UNNUMBERED;
        return this;
    }

    public OrderBuilder numbered(long newNumber) {
        this.number = newNumber;
        return this;
    }

    public OrderBuilder of(RestaurantId newRestaurantId) {
        this.restaurantId = newRestaurantId;
        return this;
    }

    public OrderBuilder in(OrderStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    public OrderBuilder paid(PaymentStatus newPaymentStatus) {
        this.paymentStatus = Optional.of(newPaymentStatus);
        return this;
    }

    public OrderBuilder refunded(long cents) {
        this.refunded = Money.of(cents, RestaurantBuilder.USD);
        return this;
    }

    public OrderBuilder fulfilled(Fulfillment newFulfillment) {
        this.fulfillment = newFulfillment;
        return this;
    }

    public OrderBuilder scheduledFor(Instant at) {
        this.scheduledFor = Optional.of(at);
        return this;
    }

    public OrderBuilder atVersion(long newVersion) {
        this.version = newVersion;
        return this;
    }

    public Order build() {
        Money burger = Money.of(1250, RestaurantBuilder.USD);
        OrderLine line = new OrderLine(new OrderLineId(UUID.nameUUIDFromBytes(id.toString().getBytes(StandardCharsets.UTF_8))),
                SampleMenu.BURGER.id(), "Burger", 2, burger,
                List.of(new QuotedOption(SampleMenu.FRIES.id(), "Fries",
                        Money.zero(RestaurantBuilder.USD))),
                Optional.empty(), burger.times(2));
        Money zero = Money.zero(RestaurantBuilder.USD);
        OrderTotals totals = new OrderTotals(Money.of(2500, RestaurantBuilder.USD), zero, zero, zero,
                Money.of(300, RestaurantBuilder.USD), zero, Money.of(TOTAL_CENTS, RestaurantBuilder.USD));
        boolean wasAccepted = status != OrderStatus.PLACED && status != OrderStatus.REJECTED
                && status != OrderStatus.AWAITING_PAYMENT
                && !(status == OrderStatus.CANCELLED && paymentStatus.filter(p -> p == PaymentStatus.VOIDED).isPresent());
        Optional<Instant> acceptedAt = wasAccepted ? Optional.of(PLACED_AT.plus(Duration.ofMinutes(2))) : Optional.empty();
        Instant estimate = PLACED_AT.plus(Duration.ofMinutes(wasAccepted ? 22 : 20));
        boolean wasReady = switch (status) {
            case READY, OUT_FOR_DELIVERY, COMPLETED -> true;
            default -> false;
        };
        Optional<Instant> readyAt = wasReady ? Optional.of(PLACED_AT.plus(Duration.ofMinutes(18))) : Optional.empty();
        Optional<Instant> completedAt = status == OrderStatus.COMPLETED
                ? Optional.of(PLACED_AT.plus(Duration.ofMinutes(30)))
                : Optional.empty();
        PaymentStatus payment = paymentStatus.orElse(switch (status) {
            case AWAITING_PAYMENT -> PaymentStatus.REQUIRES_ACTION;
            case PLACED -> PaymentStatus.AUTHORIZED;
            case REJECTED, CANCELLED -> PaymentStatus.VOIDED;
            default -> PaymentStatus.CAPTURED;
        });
        List<HistoryEntry> history = List.of(
                new HistoryEntry(Optional.empty(), OrderStatus.PLACED, PLACED_AT, Actor.customer(), Optional.empty()));
        return new Order(id, number, restaurantId, status, payment, fulfillment, scheduledFor, aGuest(),
                List.of(line), totals, refunded, Optional.empty(), PLACED_AT, acceptedAt, estimate, readyAt,
                completedAt, history, version);
    }
}
