package dev.chit.application.testing;

import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.application.orders.BulkTransitionOrders;
import dev.chit.application.orders.ListOrders;
import dev.chit.application.orders.TransitionOrder;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.restaurant.Restaurant;

import java.time.Instant;

/**
 * The use cases wired to in-memory adapters, as the composition root wires them to real ones:
 * one clock, one id generator, one transaction boundary over every store.
 */
public final class InMemoryChit {

    public static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    public final SettableClock clock = new SettableClock(START);
    public final InMemoryRestaurants restaurants = new InMemoryRestaurants();
    public final InMemoryMenus menus = new InMemoryMenus();
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final InMemoryTransactions transactions =
            new InMemoryTransactions(restaurants, menus, orders, idempotencyKeys, events);
    public final TimeOrderedIds ids = new TimeOrderedIds(clock);

    public final QuoteCart quoteCart = new QuoteCart(restaurants, menus, clock);
    public final PlaceOrder placeOrder =
            new PlaceOrder(restaurants, menus, orders, idempotencyKeys, events, transactions, ids, clock);
    public final ViewOrder viewOrder = new ViewOrder(orders);
    public final ListOrders listOrders = new ListOrders(orders);
    public final TransitionOrder transitionOrder = new TransitionOrder(orders, restaurants, events, transactions, clock);
    public final BulkTransitionOrders bulkTransitionOrders = new BulkTransitionOrders(transitionOrder);

    /** Adds a restaurant and its menu. */
    public InMemoryChit with(Restaurant restaurant, Menu menu) {
        restaurants.add(restaurant);
        menus.replace(menu);
        return this;
    }
}
