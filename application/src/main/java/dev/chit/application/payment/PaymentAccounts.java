package dev.chit.application.payment;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * Which account the card network moves a restaurant's money on. Every restaurant is paid into
 * the platform's own account for now; a restaurant's connected Stripe account is looked up here
 * once restaurants have one.
 */
public final class PaymentAccounts {

    private final Orders orders;

    public PaymentAccounts(Orders orders) {
        this.orders = orders;
    }

    public PaymentAccount ofRestaurant(RestaurantId restaurantId) {
        return PaymentAccount.platform();
    }

    /** The account of the order's restaurant; the platform's when the order was never stored. */
    public PaymentAccount ofOrder(OrderId orderId) {
        return orders.find(orderId).map(order -> ofRestaurant(order.restaurantId())).orElseGet(PaymentAccount::platform);
    }
}
