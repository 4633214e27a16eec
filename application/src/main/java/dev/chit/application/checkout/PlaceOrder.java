package dev.chit.application.checkout;

import dev.chit.application.payment.CheckoutAuthorization;
import dev.chit.application.payment.CheckoutAuthorization.AwaitingGuest;
import dev.chit.application.payment.CheckoutAuthorization.CheckoutPayment;
import dev.chit.application.promotions.PromoCodes;
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
import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyKeys.Claim;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.Portions;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Stations;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.station.StationRouting;

import java.time.Clock;
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
 * <p>The claim is held under a lease that this server renews while the checkout runs
 * ({@link ClaimLeases}). A server that dies between claim and completion stops renewing it;
 * once the lease has lapsed, a retry of the same request takes the claim over and places the
 * order (an authorization the dead request made is released by the settling job). A checkout
 * still running is never taken over, since its lease keeps being renewed (and if one were, after
 * a pause longer than the lease, only one of the two could complete the key and store its order).
 */
public final class PlaceOrder {

    static final String SCOPE = "orders";
    /** The code of a line whose item has fewer portions left than it asks for. */
    public static final String SOLD_OUT = "sold-out";
    // Keys of orders the staff enter live apart from the guests': two clients never share a key space.
    static final String STAFF_SCOPE = "staff-orders";

    private final Restaurants restaurants;
    private final Menus menus;
    private final Stations stations;
    private final Portions portions;
    private final Orders orders;
    private final KitchenLoads kitchenLoads;
    private final IdempotencyKeys idempotencyKeys;
    private final ClaimLeases leases;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final CheckoutAuthorization payments;
    private final IdGenerator ids;
    private final Clock clock;
    private PromoCodes promoCodes = new PromoCodes(Promotions.NONE);

    public PlaceOrder(Restaurants restaurants, Menus menus, Orders orders, KitchenLoads kitchenLoads,
                      IdempotencyKeys idempotencyKeys, ClaimLeases leases,
                      OrderEventPublisher events, Transactions transactions, CheckoutAuthorization payments,
                      IdGenerator ids, Clock clock) {
        this(restaurants, menus, Stations.NONE, orders, kitchenLoads, idempotencyKeys, leases, events, transactions,
                payments, ids, clock);
    }

    /** As the other constructor, each line of an order sent to the restaurant's {@code stations}. */
    public PlaceOrder(Restaurants restaurants, Menus menus, Stations stations, Orders orders,
                      KitchenLoads kitchenLoads, IdempotencyKeys idempotencyKeys, ClaimLeases leases,
                      OrderEventPublisher events, Transactions transactions, CheckoutAuthorization payments,
                      IdGenerator ids, Clock clock) {
        this(restaurants, menus, stations, Portions.UNCOUNTED, orders, kitchenLoads, idempotencyKeys, leases, events,
                transactions, payments, ids, clock);
    }

    /** As the other constructors, each order taking its items' {@code portions} (refused when too few are left). */
    public PlaceOrder(Restaurants restaurants, Menus menus, Stations stations, Portions portions, Orders orders,
                      KitchenLoads kitchenLoads, IdempotencyKeys idempotencyKeys, ClaimLeases leases,
                      OrderEventPublisher events, Transactions transactions, CheckoutAuthorization payments,
                      IdGenerator ids, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.stations = stations;
        this.portions = portions;
        this.orders = orders;
        this.kitchenLoads = kitchenLoads;
        this.idempotencyKeys = idempotencyKeys;
        this.leases = leases;
        this.events = events;
        this.transactions = transactions;
        this.payments = payments;
        this.ids = ids;
        this.clock = clock;
    }

    /** Carts' promo codes are looked up, and redeemed, in {@code promoCodes}. Call before the first checkout. */
    public PlaceOrder withPromoCodes(PromoCodes promoCodes) {
        this.promoCodes = promoCodes;
        return this;
    }

    public PlaceOrderResult place(PlaceOrderCommand command, Confirmation confirmation) {
        Instant now = clock.instant();
        // Its own statement, committed at once: the claim must hold before the card is charged.
        ClaimLeases.Held held = leases.newHolder(scope(command), command.idempotencyKey());
        Claim claim = idempotencyKeys.claim(held.scope(), held.key(), command.requestFingerprint(), held.holder(),
                now, leases.leaseFrom(now));
        return switch (claim) {
            case Claim.Completed(var record) -> {
                if (!record.requestFingerprint().equals(command.requestFingerprint())) {
                    throw new IdempotencyKeyReused();
                }
                yield new PlaceOrderResult.Replayed(record.responseStatus(), record.responseBody());
            }
            case Claim.InProgress(var fingerprint, var since, var heldBy, var leaseUntil) -> {
                if (!fingerprint.equals(command.requestFingerprint())) {
                    throw new IdempotencyKeyReused();
                }
                // A lost take-over means another retry took it first and is running it now.
                if (!ClaimLeases.hasLapsed(leaseUntil, now) || !takeOver(command, heldBy, held, now)) {
                    throw new RequestInProgress();
                }
                yield placeClaimed(command, held, confirmation);
            }
            case Claim.Claimed() -> placeClaimed(command, held, confirmation);
        };
    }

    private static String scope(PlaceOrderCommand command) {
        return command.enteredByStaff() ? STAFF_SCOPE : SCOPE;
    }

    private boolean takeOver(PlaceOrderCommand command, String heldBy, ClaimLeases.Held held, Instant now) {
        return transactions.inTransaction(() -> idempotencyKeys.takeOver(held.scope(), held.key(),
                command.requestFingerprint(), heldBy, held.holder(), now, leases.leaseFrom(now)));
    }

    private PlaceOrderResult placeClaimed(PlaceOrderCommand command, ClaimLeases.Held held, Confirmation confirmation) {
        leases.running(held);
        try {
            Optional<PaymentMethod.Card> card = cardOf(command);
            // Reads only, each on its own: no transaction to begin and commit.
            Priced priced = price(command);
            Quote quote = priced.quote();
            OrderId orderId = new OrderId(ids.next());
            // Nothing to reserve for a free order, or for one paid in person: it is placed unpaid.
            Optional<CheckoutPayment> authorized = quote.total().isZero()
                    ? Optional.empty()
                    : card.map(paidBy -> payments.authorize(orderId, command.restaurantId(), paidBy, quote.total()));
            if (authorized.orElse(null) instanceof AwaitingGuest awaiting && command.enteredByStaff()) {
                // Staff at the counter cannot run the guest's bank check: such a card is declined there.
                payments.release(awaiting);
                throw new PaymentGateway.Declined(CheckoutAuthorization.AUTHENTICATION_REQUIRED);
            }
            try {
                return transactions.inTransaction(() -> store(command, priced, orderId, authorized, confirmation));
            } catch (RuntimeException notStored) {
                // With the database away, releasing now would make the guest wait for it a second
                // time before the 503; the settling job voids the pending authorization later.
                if (!(notStored instanceof DatabaseUnavailable)) {
                    authorized.ifPresent(payments::release);
                }
                throw notStored;
            }
        } catch (RuntimeException failed) {
            // Nothing was stored: free the key so that the guest can fix the cart (or the card) and retry.
            leases.failed(held, failed);
            throw failed;
        } finally {
            // Completed or released; anything worse (an Error) leaves the claim to lapse.
            leases.finished(held);
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
    private record Priced(Quote quote, boolean acceptsAutomatically, StationRouting routing,
                          PromoCodes.Applied promotion) {
    }

    private Priced price(PlaceOrderCommand command) {
        var restaurant = restaurants.find(command.restaurantId())
                .orElseThrow(() -> new NotFound("restaurant", command.restaurantId()));
        var menu = menus.find(command.restaurantId())
                .orElseThrow(() -> new NotFound("restaurant", command.restaurantId()));
        Instant now = clock.instant();
        var promotion = promoCodes.apply(command.restaurantId(), command.cart(), now,
                Optional.of(command.customer().email()));
        return new Priced(new PriceList(restaurant, menu).quote(command.cart(), now,
                kitchenLoads.of(command.restaurantId()), promotion.discount()), restaurant.settings().autoAccept(),
                stations.of(command.restaurantId()).routingFor(menu), promotion);
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

    /**
     * Takes each line's portions, in the order's transaction: a line whose item has too few left
     * is refused by name ({@code sold-out}), and the transaction rolls back what was taken.
     */
    private void takePortions(PlaceOrderCommand command) {
        var lines = command.cart().lines();
        for (int index = 0; index < lines.size(); index++) {
            var line = lines.get(index);
            if (!portions.take(line.menuItemId(), line.quantity())) {
                throw new InvalidInput("lines[" + index + "].menuItemId", SOLD_OUT,
                        "too few portions of this item are left");
            }
        }
    }

    private PlaceOrderResult store(PlaceOrderCommand command, Priced priced, OrderId orderId,
                                   Optional<CheckoutPayment> authorized, Confirmation confirmation) {
        var now = clock.instant();
        Quote quote = priced.quote();
        if (authorized.orElse(null) instanceof AwaitingGuest awaiting) {
            return storeAwaiting(command, priced, orderId, awaiting, confirmation, now);
        }
        // The restaurant's row lock, which the number takes, is held to commit and makes every
        // checkout of the restaurant wait. What follows it are writes the adapter may hold and send
        // as one (PostgreSQL), the authorization's settlement among them, so it comes after the number.
        long number = orders.nextNumber(quote.restaurantId());
        requireSlotStillFree(quote, now);
        takePortions(command);
        // Under the number's lock too: the last redemption goes to one checkout only.
        promoCodes.redeem(priced.promotion(), orderId, command.customer().email());
        authorized.ifPresent(payments::confirm);
        var placement = Order.place(orderId, number, quote, command.customer(),
                command.notes(), authorized.isPresent() ? PaymentStatus.AUTHORIZED : PaymentStatus.UNPAID,
                command.placedBy(), () -> new OrderLineId(ids.next()), priced.routing(), now);
        Order order = placement.order();
        String accessToken = AccessTokens.newToken();
        orders.add(order, AccessTokens.hash(accessToken));
        events.publish(placement.event());
        byte[] response = confirmation.write(order, accessToken, Optional.empty());
        idempotencyKeys.complete(scope(command), command.idempotencyKey(), PlaceOrderResult.CREATED, response);
        return new PlaceOrderResult.Placed(order, accessToken, response, priced.acceptsAutomatically());
    }

    /**
     * The guest's bank asks the guest first (3-D Secure): the order is stored awaiting payment,
     * without a number and without an event, so no board, email or webhook hears of it until it
     * is placed ({@code ConfirmPayment}). The slot is checked again when it is.
     */
    private PlaceOrderResult storeAwaiting(PlaceOrderCommand command, Priced priced, OrderId orderId,
                                           AwaitingGuest awaiting, Confirmation confirmation, Instant now) {
        takePortions(command);
        promoCodes.redeem(priced.promotion(), orderId, command.customer().email());
        payments.confirm(awaiting);
        Order order = Order.awaitingAuthentication(orderId, priced.quote(), command.customer(), command.notes(),
                command.placedBy(), () -> new OrderLineId(ids.next()), priced.routing(), now);
        String accessToken = AccessTokens.newToken();
        orders.add(order, AccessTokens.hash(accessToken));
        byte[] response = confirmation.write(order, accessToken, Optional.of(awaiting.clientSecret()));
        idempotencyKeys.complete(scope(command), command.idempotencyKey(), PlaceOrderResult.AWAITING_PAYMENT,
                response);
        return new PlaceOrderResult.AwaitingPayment(order, accessToken, response);
    }
}
