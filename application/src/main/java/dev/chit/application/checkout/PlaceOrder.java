package dev.chit.application.checkout;

import dev.chit.application.support.AccessTokens;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyKeys.Claim;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;

import java.time.Clock;

/**
 * A guest places an order: the cart is priced on the server, the order gets the restaurant's
 * next number, and order, lines, history, event and the idempotent response are stored in
 * one transaction. The same request under the same key is answered from the stored response;
 * a different one under the same key is refused.
 */
public final class PlaceOrder {

    static final String SCOPE = "orders";

    private final Restaurants restaurants;
    private final Menus menus;
    private final Orders orders;
    private final IdempotencyKeys idempotencyKeys;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public PlaceOrder(Restaurants restaurants, Menus menus, Orders orders, IdempotencyKeys idempotencyKeys,
                      OrderEventPublisher events, Transactions transactions, IdGenerator ids, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.orders = orders;
        this.idempotencyKeys = idempotencyKeys;
        this.events = events;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public PlaceOrderResult place(PlaceOrderCommand command, Confirmation confirmation) {
        Claim claim = transactions.inTransaction(() -> idempotencyKeys.claim(
                SCOPE, command.idempotencyKey(), command.requestFingerprint(), clock.instant()));
        return switch (claim) {
            case Claim.Completed(var record) -> {
                if (!record.requestFingerprint().equals(command.requestFingerprint())) {
                    throw new IdempotencyKeyReused();
                }
                yield new PlaceOrderResult.Replayed(record.responseStatus(), record.responseBody());
            }
            case Claim.InProgress(var fingerprint) -> {
                if (!fingerprint.equals(command.requestFingerprint())) {
                    throw new IdempotencyKeyReused();
                }
                throw new RequestInProgress();
            }
            case Claim.Claimed() -> placeClaimed(command, confirmation);
        };
    }

    private PlaceOrderResult placeClaimed(PlaceOrderCommand command, Confirmation confirmation) {
        try {
            return transactions.inTransaction(() -> {
                var restaurant = restaurants.find(command.restaurantId())
                        .orElseThrow(() -> new NotFound("restaurant", command.restaurantId()));
                var menu = menus.find(command.restaurantId())
                        .orElseThrow(() -> new NotFound("restaurant", command.restaurantId()));
                var now = clock.instant();
                var quote = new PriceList(restaurant, menu).quote(command.cart(), now);
                var placement = Order.place(new OrderId(ids.next()), orders.nextNumber(restaurant.id()), quote,
                        command.customer(), command.notes(), PaymentStatus.UNPAID, Actor.customer(),
                        () -> new OrderLineId(ids.next()), now);
                Order order = placement.order();
                orders.add(order);
                String accessToken = AccessTokens.newToken();
                orders.grantAccess(order.id(), AccessTokens.hash(accessToken));
                events.publish(placement.event());
                byte[] response = confirmation.write(order, accessToken);
                idempotencyKeys.complete(SCOPE, command.idempotencyKey(), PlaceOrderResult.CREATED, response);
                return new PlaceOrderResult.Placed(order, accessToken, response);
            });
        } catch (RuntimeException failed) {
            // Nothing was stored: free the key so that the guest can fix the cart and retry.
            transactions.inTransaction(() -> {
                idempotencyKeys.release(SCOPE, command.idempotencyKey());
                return null;
            });
            throw failed;
        }
    }
}
