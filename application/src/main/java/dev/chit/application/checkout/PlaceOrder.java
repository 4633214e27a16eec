package dev.chit.application.checkout;

import dev.chit.application.payment.CheckoutAuthorization;
import dev.chit.application.payment.CheckoutAuthorization.Authorized;
import dev.chit.application.support.AccessTokens;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.kitchen.PromiseTime;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyKeys.Claim;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Stations;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.station.StationRouting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A guest places an order (or staff enter one for them, on the phone or at the counter): the cart
 * is priced on the server, its total is authorized on the guest's card (staff may instead take
 * the payment in person, leaving the order unpaid), then the order gets the restaurant's next number, and order, lines, history,
 * event, the settled authorization and the idempotent response are stored in one transaction.
 * The same request under the same key is answered from the stored response; a different one
 * under the same key is refused.
 *
 * <p>The card is authorized outside any transaction (the network is slow, and the order number
 * is taken under a lock) and before the order exists, so a declined card leaves no order and
 * takes no number. Whatever fails, the key is released and a retry under it may succeed.
 *
 * <p>Only a crash between claim and completion leaves the key claimed; once that claim is
 * {@link #CLAIM_ABANDONED_AFTER} old, a retry of the same request takes it over and places the
 * order (an authorization the dead request made is released by the settling job).
 */
public final class PlaceOrder {

    static final String SCOPE = "orders";
    // Keys of orders the staff enter live apart from the guests': two clients never share a key space.
    static final String STAFF_SCOPE = "staff-orders";

    /**
     * How old an open claim must be before it counts as abandoned. A claim stays open only while
     * its checkout runs, so one this old belongs to a server that died between claim and
     * completion; without a take-over every retry would be told "in progress" until the key is
     * forgotten a day later. Two minutes is longer than any checkout takes, a slow card network
     * included, so a checkout still running is never taken over (and if one were, only one of the
     * two could complete the key and store its order).
     */
    public static final Duration CLAIM_ABANDONED_AFTER = Duration.ofMinutes(2);

    private final Restaurants restaurants;
    private final Menus menus;
    private final Stations stations;
    private final Orders orders;
    private final KitchenLoads kitchenLoads;
    private final IdempotencyKeys idempotencyKeys;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final CheckoutAuthorization payments;
    private final IdGenerator ids;
    private final Clock clock;

    public PlaceOrder(Restaurants restaurants, Menus menus, Orders orders, KitchenLoads kitchenLoads,
                      IdempotencyKeys idempotencyKeys,
                      OrderEventPublisher events, Transactions transactions, CheckoutAuthorization payments,
                      IdGenerator ids, Clock clock) {
        this(restaurants, menus, Stations.NONE, orders, kitchenLoads, idempotencyKeys, events, transactions, payments,
                ids, clock);
    }

    /** As the other constructor, each line of an order sent to the restaurant's {@code stations}. */
    public PlaceOrder(Restaurants restaurants, Menus menus, Stations stations, Orders orders,
                      KitchenLoads kitchenLoads, IdempotencyKeys idempotencyKeys,
                      OrderEventPublisher events, Transactions transactions, CheckoutAuthorization payments,
                      IdGenerator ids, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.stations = stations;
        this.orders = orders;
        this.kitchenLoads = kitchenLoads;
        this.idempotencyKeys = idempotencyKeys;
        this.events = events;
        this.transactions = transactions;
        this.payments = payments;
        this.ids = ids;
        this.clock = clock;
    }

    public PlaceOrderResult place(PlaceOrderCommand command, Confirmation confirmation) {
        Instant now = clock.instant();
        // Its own statement, committed at once: the claim must hold before the card is charged.
        Claim claim = idempotencyKeys.claim(scope(command), command.idempotencyKey(), command.requestFingerprint(),
                now);
        return switch (claim) {
            case Claim.Completed(var record) -> {
                if (!record.requestFingerprint().equals(command.requestFingerprint())) {
                    throw new IdempotencyKeyReused();
                }
                yield new PlaceOrderResult.Replayed(record.responseStatus(), record.responseBody());
            }
            case Claim.InProgress(var fingerprint, var since) -> {
                if (!fingerprint.equals(command.requestFingerprint())) {
                    throw new IdempotencyKeyReused();
                }
                // A lost take-over means another retry took it first and is running it now.
                if (!isAbandoned(since, now) || !takeOver(command, since, now)) {
                    throw new RequestInProgress();
                }
                yield placeClaimed(command, confirmation);
            }
            case Claim.Claimed() -> placeClaimed(command, confirmation);
        };
    }

    private static String scope(PlaceOrderCommand command) {
        return command.enteredByStaff() ? STAFF_SCOPE : SCOPE;
    }

    private static boolean isAbandoned(Instant claimedAt, Instant now) {
        return !claimedAt.plus(CLAIM_ABANDONED_AFTER).isAfter(now);
    }

    private boolean takeOver(PlaceOrderCommand command, Instant claimedAt, Instant now) {
        return transactions.inTransaction(() -> idempotencyKeys.takeOver(
                scope(command), command.idempotencyKey(), command.requestFingerprint(), claimedAt, now));
    }

    private PlaceOrderResult placeClaimed(PlaceOrderCommand command, Confirmation confirmation) {
        try {
            Optional<PaymentMethod.Card> card = cardOf(command);
            // Reads only, each on its own: no transaction to begin and commit.
            Priced priced = price(command);
            Quote quote = priced.quote();
            OrderId orderId = new OrderId(ids.next());
            // Nothing to reserve for a free order, or for one paid in person: it is placed unpaid.
            Optional<Authorized> authorized = quote.total().isZero()
                    ? Optional.empty()
                    : card.map(paidBy -> payments.authorize(orderId, paidBy, quote.total()));
            try {
                return transactions.inTransaction(() -> store(command, priced, orderId, authorized, confirmation));
            } catch (RuntimeException notStored) {
                authorized.ifPresent(payments::release);
                throw notStored;
            }
        } catch (RuntimeException failed) {
            // Nothing was stored: free the key so that the guest can fix the cart (or the card) and retry.
            transactions.inTransaction(() -> {
                idempotencyKeys.release(scope(command), command.idempotencyKey());
                return null;
            });
            throw failed;
        }
    }

    /** The card to authorize; none when staff take the payment in person, which a guest online cannot. */
    private static Optional<PaymentMethod.Card> cardOf(PlaceOrderCommand command) {
        return switch (command.payment()) {
            case PaymentMethod.Card card -> Optional.of(card);
            case PaymentMethod.InPerson inPerson when command.enteredByStaff() -> Optional.empty();
            case PaymentMethod.InPerson inPerson -> throw new InvalidInput("payment.method", "not-allowed",
                    "a guest checkout is paid by card; in_person is for orders the staff enters");
        };
    }

    /** The cart as priced, and whether the restaurant then accepted its orders automatically. */
    private record Priced(Quote quote, boolean acceptsAutomatically, StationRouting routing) {
    }

    private Priced price(PlaceOrderCommand command) {
        var restaurant = restaurants.find(command.restaurantId())
                .orElseThrow(() -> new NotFound("restaurant", command.restaurantId()));
        var menu = menus.find(command.restaurantId())
                .orElseThrow(() -> new NotFound("restaurant", command.restaurantId()));
        return new Priced(new PriceList(restaurant, menu).quote(command.cart(), clock.instant(),
                kitchenLoads.of(command.restaurantId())), restaurant.settings().autoAccept(),
                stations.of(command.restaurantId()).routingFor(menu));
    }

    /**
     * The slot was free when the cart was priced, but another checkout may have taken its last
     * room since. Asked again under the order-number lock, which every placement of the
     * restaurant takes, so two checkouts cannot both take the last room of a slot.
     */
    private void requireSlotStillFree(Quote quote, Instant now) {
        if (quote.scheduledFor().isEmpty()) {
            return;
        }
        var restaurant = restaurants.find(quote.restaurantId())
                .orElseThrow(() -> new NotFound("restaurant", quote.restaurantId()));
        if (PriceList.isSlotFull(new PromiseTime(restaurant.settings()), kitchenLoads.of(quote.restaurantId()),
                quote.scheduledFor(), now)) {
            throw new InvalidInput("scheduledFor", PriceList.SLOT_FULL,
                    "the kitchen is fully booked at that time; choose another slot");
        }
    }

    private PlaceOrderResult store(PlaceOrderCommand command, Priced priced, OrderId orderId,
                                   Optional<Authorized> authorized, Confirmation confirmation) {
        var now = clock.instant();
        Quote quote = priced.quote();
        // The restaurant's row lock, which the number takes, is held to commit and makes every
        // checkout of the restaurant wait. What follows it are writes the adapter may hold and send
        // as one (PostgreSQL), the authorization's settlement among them, so it comes after the number.
        long number = orders.nextNumber(quote.restaurantId());
        requireSlotStillFree(quote, now);
        authorized.ifPresent(payments::confirm);
        var placement = Order.place(orderId, number, quote, command.customer(),
                command.notes(), authorized.isPresent() ? PaymentStatus.AUTHORIZED : PaymentStatus.UNPAID,
                command.placedBy(), () -> new OrderLineId(ids.next()), priced.routing(), now);
        Order order = placement.order();
        String accessToken = AccessTokens.newToken();
        orders.add(order, AccessTokens.hash(accessToken));
        events.publish(placement.event());
        byte[] response = confirmation.write(order, accessToken);
        idempotencyKeys.complete(scope(command), command.idempotencyKey(), PlaceOrderResult.CREATED, response);
        return new PlaceOrderResult.Placed(order, accessToken, response, priced.acceptsAutomatically());
    }
}
