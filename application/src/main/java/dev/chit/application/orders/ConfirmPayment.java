package dev.chit.application.orders;

import dev.chit.application.payment.PaymentAccounts;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.AuthorizationState;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * An order that waits for the guest's bank (3-D Secure) learns the bank's answer: the guest's
 * browser calls {@code confirm} after the bank's check, and the network's webhook tells the same
 * (whichever comes first). Placed when the network reserved the money, cancelled
 * ({@value Order#PAYMENT_FAILED}) when it will not; left as it is while the network still decides.
 *
 * <p>Placing happens once however many callers race: each reads the order and stores it at
 * the version it read, in the transaction that takes its number, so only the first commits; the
 * others find it placed. Only then do the board, the emails and the webhooks hear of the order
 * (its {@code OrderPlaced}); an order that never got placed is never announced.
 */
public final class ConfirmPayment {

    private static final System.Logger LOG = System.getLogger(ConfirmPayment.class.getName());
    private static final int STALE_RETRIES = 3;

    private final Orders orders;
    private final PaymentOperations operations;
    private final PaymentGateway gateway;
    private final PaymentAccounts accounts;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final AcceptAutomatically acceptAutomatically;
    private final Clock clock;
    private Promotions promotions = Promotions.NONE;

    public ConfirmPayment(Orders orders, PaymentOperations operations, PaymentGateway gateway, PaymentAccounts accounts,
                          OrderEventPublisher events, Transactions transactions, AcceptAutomatically acceptAutomatically,
                          Clock clock) {
        this.orders = orders;
        this.operations = operations;
        this.gateway = gateway;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
        this.acceptAutomatically = acceptAutomatically;
        this.clock = clock;
    }

    /**
     * Asks the network where the order's authorization stands, and moves an awaiting order
     * accordingly; any other order is answered as it is.
     *
     * @throws NotFound                   when there is no such order
     * @throws PaymentGateway.Unavailable when the network did not answer; nothing changed
     */
    public Order confirm(OrderId orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new NotFound("order", orderId));
        if (order.status() != OrderStatus.AWAITING_PAYMENT) {
            return order;
        }
        AuthorizationState state = gateway.authorizationState(accounts.ofOrder(orderId), authorizationOf(orderId));
        return switch (state) {
            case AUTHORIZED, CAPTURED -> authorized(orderId);
            case FAILED -> failed(orderId);
            case REQUIRES_ACTION, PROCESSING -> order;
        };
    }

    /** The network reserved the money: the awaiting order is placed now, numbered, and announced once. */
    public Order authorized(OrderId orderId) {
        placeIfAwaiting(orderId).ifPresent(this::afterPlacement);
        return orders.find(orderId).orElseThrow();
    }

    /**
     * Places the order if it still awaits its payment, in the caller's transaction when one is
     * open (the network's webhook records its event in the same one); empty when it no longer
     * awaited. Once that transaction committed, call {@link #afterPlacement} with the order placed.
     */
    public Optional<Order> placeIfAwaiting(OrderId orderId) {
        return onAwaitingOrder(orderId, order -> {
            Order.Placement placement = order.placedAfterAuthentication(orders.nextNumber(order.restaurantId()),
                    clock.instant());
            Order stored = orders.update(placement.order());
            events.publish(placement.event());
            return stored;
        });
    }

    /** Promo codes whose redemptions a failed payment gives back. Call before the first confirmation. */
    public ConfirmPayment withPromotions(Promotions promotions) {
        this.promotions = promotions;
        return this;
    }

    /** What follows a placement once it committed: the restaurant's automatic accept (which captures). */
    public void afterPlacement(Order placed) {
        LOG.log(Level.INFO, "event=order-placed-after-authentication orderId={0} number={1}", placed.id(),
                placed.number());
        acceptAutomatically.afterPlacement(placed.id());
    }

    /**
     * The guest's bank refused, or the network gave the authorization up: the awaiting order is
     * cancelled ({@value Order#PAYMENT_FAILED}) and nothing is reserved. Nobody hears of it but
     * its guest: it was never placed.
     */
    public Order failed(OrderId orderId) {
        onAwaitingOrder(orderId, order -> {
            Order cancelled = order.transition(TransitionRequest.to(OrderStatus.CANCELLED)
                    .withReason(Order.PAYMENT_FAILED), Actor.system(), clock.instant()).order();
            // It publishes no event (it was never placed), so its promo code is given back here.
            promotions.giveBack(orderId);
            return orders.update(cancelled.voided(clock.instant()).order());
        });
        return orders.find(orderId).orElseThrow();
    }

    /** Runs {@code move} on the order while it still awaits payment; empty when it no longer did. */
    private Optional<Order> onAwaitingOrder(OrderId orderId, Function<Order, Order> move) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> orders.find(orderId)
                        .filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT)
                        .map(move));
            } catch (StaleOrder raced) {
                // Another confirmation moved it first; the next read sees how it stands.
                if (attempt == STALE_RETRIES) {
                    throw raced;
                }
            }
        }
    }

    private String authorizationOf(OrderId orderId) {
        return operations.ofOrder(orderId).stream()
                .filter(operation -> operation.kind() == PaymentOperation.Kind.AUTHORIZE)
                .flatMap(operation -> operation.authorizationId().stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " awaits a payment it has no record of"));
    }
}
