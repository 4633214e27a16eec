package dev.chit.application.payment;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.StripeAccountId;

import java.util.Optional;

/**
 * Which account the card network moves a restaurant's money on: its connected Stripe account
 * ({@code stripeAccountId}, set by a platform admin), or the platform's own when it has none.
 *
 * <p>An order's calls all go where its authorization went, as recorded with it: an admin who
 * changes the setting later (a restaurant moving to a new Stripe account) must not send the
 * capture of an intent to an account that does not hold it.
 */
public final class PaymentAccounts {

    private final Restaurants restaurants;
    private final Orders orders;
    private final PaymentOperations operations;

    public PaymentAccounts(Restaurants restaurants, Orders orders, PaymentOperations operations) {
        this.restaurants = restaurants;
        this.orders = orders;
        this.operations = operations;
    }

    /** The restaurant's connected account as set now; empty for the platform's own (or no such restaurant). */
    public Optional<StripeAccountId> connectedAccountOf(RestaurantId restaurantId) {
        return restaurants.find(restaurantId).flatMap(restaurant -> restaurant.settings().stripeAccountId());
    }

    public PaymentAccount ofRestaurant(RestaurantId restaurantId) {
        return PaymentAccount.of(connectedAccountOf(restaurantId));
    }

    /**
     * The account the order's authorization was sent to; for an order without one, its
     * restaurant's; the platform's when neither is known.
     */
    public PaymentAccount ofOrder(OrderId orderId) {
        return operations.ofOrder(orderId).stream()
                .filter(operation -> operation.kind() == PaymentOperation.Kind.AUTHORIZE)
                .findFirst()
                .map(authorization -> PaymentAccount.of(authorization.account()))
                .orElseGet(() -> orders.find(orderId).map(order -> ofRestaurant(order.restaurantId()))
                        .orElseGet(PaymentAccount::platform));
    }
}
