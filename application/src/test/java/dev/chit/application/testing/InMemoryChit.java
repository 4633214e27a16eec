package dev.chit.application.testing;

import dev.chit.application.checkout.ClaimLeases;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.application.orders.BulkTransitionOrders;
import dev.chit.application.orders.CancelAbandonedCheckouts;
import dev.chit.application.orders.ListOrders;
import dev.chit.application.orders.RefundOrder;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.payment.CheckoutAuthorization;
import dev.chit.application.payment.PaymentInstructions;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.application.payment.SettlePayments;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.restaurant.Restaurant;

import java.time.Duration;
import java.time.Instant;

/**
 * The use cases wired to in-memory adapters, as the composition root wires them to real ones:
 * one clock, one id generator, one transaction boundary over every store. The card network is
 * a {@link FakeCardNetwork} unless a test brings its own (the sandbox gateway, in its module).
 */
public final class InMemoryChit {

    public static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
    /** How long a checkout's authorization may stay pending before the job releases it. */
    public static final Duration ABANDON_AFTER = Duration.ofMinutes(2);
    /** How long an order may wait for the guest's bank (3-D Secure) before it is cancelled. */
    public static final Duration CHECKOUT_ABANDONED_AFTER = Duration.ofMinutes(30);
    /** How long an idempotency key's claim lasts unless renewed. */
    public static final Duration LEASE = Duration.ofSeconds(12);

    public final SettableClock clock = new SettableClock(START);
    public final InMemoryRestaurants restaurants = new InMemoryRestaurants();
    public final InMemoryMenus menus = new InMemoryMenus();
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryKitchenLoads kitchenLoads = new InMemoryKitchenLoads(orders);
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final InMemoryPaymentOperations payments = new InMemoryPaymentOperations();
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryTransactions transactions =
            new InMemoryTransactions(restaurants, menus, orders, idempotencyKeys, events, payments, users);
    public final TimeOrderedIds ids = new TimeOrderedIds(clock);
    public final ClaimLeases leases = new ClaimLeases(idempotencyKeys, transactions, clock, LEASE);
    public final PaymentGateway gateway;

    public final PaymentSettlement paymentSettlement;
    public final PaymentInstructions paymentInstructions;
    public final CheckoutAuthorization checkoutAuthorization;
    public final QuoteCart quoteCart;
    public final PlaceOrder placeOrder;
    public final ViewOrder viewOrder;
    public final ListOrders listOrders;
    public final TransitionOrder transitionOrder;
    public final BulkTransitionOrders bulkTransitionOrders;
    public final RefundOrder refundOrder;
    public final SettlePayments settlePayments;
    public final CancelAbandonedCheckouts cancelAbandonedCheckouts;

    public InMemoryChit() {
        this(new FakeCardNetwork());
    }

    public InMemoryChit(PaymentGateway gateway) {
        this.gateway = gateway;
        paymentSettlement = new PaymentSettlement(gateway, new PaymentAccounts(restaurants, orders, payments), payments, orders, events, transactions, ids, clock,
                ABANDON_AFTER);
        paymentInstructions = new PaymentInstructions(payments, ids);
        quoteCart = new QuoteCart(restaurants, menus, kitchenLoads, clock);
        checkoutAuthorization = new CheckoutAuthorization(gateway, new PaymentAccounts(restaurants, orders, payments), payments, paymentSettlement, transactions, ids, clock);
        placeOrder = new PlaceOrder(restaurants, menus, orders, kitchenLoads, idempotencyKeys, leases, events, transactions,
                checkoutAuthorization, ids, clock);
        viewOrder = new ViewOrder(orders);
        listOrders = new ListOrders(orders, restaurants, clock);
        transitionOrder = new TransitionOrder(orders, restaurants, kitchenLoads, events, transactions, paymentInstructions,
                paymentSettlement, clock);
        bulkTransitionOrders = new BulkTransitionOrders(transitionOrder);
        refundOrder = new RefundOrder(orders, payments, paymentInstructions, paymentSettlement, events, transactions,
                ids, clock);
        settlePayments = new SettlePayments(paymentSettlement);
        cancelAbandonedCheckouts = new CancelAbandonedCheckouts(orders, orders, paymentInstructions, paymentSettlement,
                transactions, clock, CHECKOUT_ABANDONED_AFTER);
    }

    /** The fake network, for tests that did not bring their own gateway. */
    public FakeCardNetwork network() {
        return (FakeCardNetwork) gateway;
    }

    /** Adds a restaurant and its menu. */
    public InMemoryChit with(Restaurant restaurant, Menu menu) {
        restaurants.add(restaurant);
        menus.replace(menu);
        return this;
    }
}
