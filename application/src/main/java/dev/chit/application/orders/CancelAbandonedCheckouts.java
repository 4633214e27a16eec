package dev.chit.application.orders;

import dev.chit.application.payment.PaymentInstructions;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.AwaitingPayments;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.port.Portions;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A guest who never finished the bank's check (3-D Secure) leaves an order waiting: after
 * {@code abandonAfter} the system cancels it ({@value Order#ABANDONED}) and gives up its payment
 * intent, so the guest's bank cannot still reserve the money later.
 *
 * <p>The intent is cancelled as every void is: a pending VOID operation with its own stable key
 * ({@code order:<id>:void}), recorded with the cancellation and settled after the commit, so a
 * lost answer is made again by the settling job and the network cancels once. Like a payment
 * that failed ({@link ConfirmPayment#failed}), the order was never placed: nobody hears of it
 * (no board, email or webhook), and it stays without a number.
 *
 * <p>Safe on several instances at once: the cancellation is an optimistic-locked move from
 * {@code AWAITING_PAYMENT}, so one sweep wins each order; a guest's confirmation racing it wins or
 * loses the same way.
 */
public final class CancelAbandonedCheckouts {

    static final int BATCH = 100;
    private static final System.Logger LOG = System.getLogger(CancelAbandonedCheckouts.class.getName());

    private final AwaitingPayments awaiting;
    private final Orders orders;
    private final PaymentInstructions payments;
    private final PaymentSettlement settlement;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration abandonAfter;
    private final Portions portions;
    private Promotions promotions = Promotions.NONE;

    public CancelAbandonedCheckouts(AwaitingPayments awaiting, Orders orders, PaymentInstructions payments,
                                    PaymentSettlement settlement, Transactions transactions, Clock clock,
                                    Duration abandonAfter) {
        this(awaiting, orders, payments, settlement, transactions, clock, abandonAfter, Portions.UNCOUNTED);
    }

    /** As the other constructor, an abandoned order giving back the {@code portions} its checkout took. */
    public CancelAbandonedCheckouts(AwaitingPayments awaiting, Orders orders, PaymentInstructions payments,
                                    PaymentSettlement settlement, Transactions transactions, Clock clock,
                                    Duration abandonAfter, Portions portions) {
        this.portions = portions;
        if (!abandonAfter.isPositive()) {
            throw new IllegalArgumentException("the time a guest has for the bank's check must be positive");
        }
        this.awaiting = awaiting;
        this.orders = orders;
        this.payments = payments;
        this.settlement = settlement;
        this.transactions = transactions;
        this.clock = clock;
        this.abandonAfter = abandonAfter;
    }

    /** @return how many orders this sweep cancelled */
    public int sweep() {
        int cancelled = 0;
        for (OrderId orderId : awaiting.waitingSince(clock.instant().minus(abandonAfter), BATCH)) {
            if (cancel(orderId)) {
                cancelled++;
                LOG.log(Level.INFO, "event=checkout-abandoned orderId={0}", orderId);
                settlement.settleOrder(orderId);
            }
        }
        return cancelled;
    }

    /** Promo codes whose redemptions an abandoned checkout gives back. Call before the first run. */
    public CancelAbandonedCheckouts withPromotions(Promotions promotions) {
        this.promotions = promotions;
        return this;
    }

    /** @return whether this call cancelled it (else it was confirmed, failed, or cancelled elsewhere meanwhile) */
    private boolean cancel(OrderId orderId) {
        try {
            return transactions.inTransaction(() -> orders.find(orderId)
                    .filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT)
                    .map(order -> {
                        Instant now = clock.instant();
                        var cancelled = order.transition(TransitionRequest.to(OrderStatus.CANCELLED)
                                .withReason(Order.ABANDONED), Actor.system(), now);
                        var payment = payments.instruct(cancelled.order(), cancelled.event().paymentAction(),
                                Optional.of(Order.ABANDONED), now);
                        orders.update(payment.order());
                        payments.record(payment);
                        order.lines().forEach(line -> portions.giveBack(line.menuItemId(), line.quantity()));
                        // No event: the order was never placed, so no one is told it is cancelled,
                        // and its promo code's redemption is given back here.
                        promotions.giveBack(orderId);
                        return true;
                    })
                    .orElse(false));
        } catch (StaleOrder raced) {
            return false;
        }
    }
}
