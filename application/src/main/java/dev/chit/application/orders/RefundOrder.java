package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.application.checkout.IdempotencyKeyReused;
import dev.chit.application.payment.PaymentInstructions;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.LineQuantity;
import dev.chit.domain.order.LineRefund;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.RefundNotAllowed;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A manager refunds part or all of what an order's card was charged. The order decides whether
 * the amount may go back (never more than was captured, all refunds together); the refund
 * counts from the moment it is asked for, so two refunds at once cannot both pass the limit,
 * and its call to the card network is made after the commit, like every payment call.
 */
public final class RefundOrder {

    private final Orders orders;
    private final PaymentOperations operations;
    private final PaymentInstructions payments;
    private final PaymentSettlement settlement;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public RefundOrder(Orders orders, PaymentOperations operations, PaymentInstructions payments,
                       PaymentSettlement settlement, OrderEventPublisher events, Transactions transactions,
                       IdGenerator ids, Clock clock) {
        this.orders = orders;
        this.operations = operations;
        this.payments = payments;
        this.settlement = settlement;
        this.events = events;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A refund, the order after it, and whether it was made by an earlier request under the same
     * key.
     */
    public record Refunded(PaymentOperation refund, Order order, boolean replayed) {
    }

    /**
     * @throws NotFound            when there is no such order, or the caller does not work at its restaurant
     * @throws dev.chit.application.access.NotPermitted when the caller works there, but not as a manager
     * @throws RefundNotAllowed    when the amount is not positive or more than can still be refunded
     * @throws IdempotencyKeyReused when the key made a different refund before
     */
    public Refunded refund(RefundCommand command, Caller caller) {
        Refunded refunded = transactions.inTransaction(() -> {
            Order order = managed(command.orderId(), caller);
            Optional<PaymentOperation> earlier = command.idempotencyKey()
                    .flatMap(key -> operations.findByGatewayKey(PaymentOperation.refundKey(order.id(), key)));
            if (earlier.isPresent()) {
                return replay(earlier.get(), order, command);
            }
            return refundNow(order, command);
        });
        if (refunded.replayed()) {
            return refunded;
        }
        settlement.settleOrder(command.orderId());
        return new Refunded(operations.find(refunded.refund().id()).orElse(refunded.refund()),
                orders.find(command.orderId()).orElse(refunded.order()), false);
    }

    /**
     * What refunding the items {@code lines} of an order would give back, refunding nothing: what a
     * manager sees before confirming.
     *
     * @throws NotFound         as {@link #refund}
     * @throws dev.chit.domain.error.InvalidInput naming the line or quantity that cannot be refunded
     */
    public LineRefund preview(OrderId orderId, List<LineQuantity> lines, Caller caller) {
        return transactions.inTransaction(() -> {
            Order order = managed(orderId, caller);
            return order.refundOf(lines);
        });
    }

    private Order managed(OrderId orderId, Caller caller) {
        Order order = orders.find(orderId)
                .filter(found -> caller.worksAt(found.restaurantId()))
                .orElseThrow(() -> new NotFound("order", orderId));
        caller.requireManagerOf(order.restaurantId());
        return order;
    }

    private Refunded refundNow(Order order, RefundCommand command) {
        var now = clock.instant();
        Money amount;
        Order.PaymentRecorded recorded;
        if (command.byLine()) {
            Order.LinesRefunded byLine = order.refundLines(command.lines(), now);
            amount = byLine.amount();
            recorded = new Order.PaymentRecorded(byLine.order(), byLine.event());
        } else {
            amount = Money.of(command.amount(), order.currency());
            recorded = order.refunded(amount, now);
        }
        String authorizationId = payments.authorizationOf(order)
                .orElseThrow(() -> new RefundNotAllowed("this order was not paid by card"));
        Order stored = orders.update(recorded.order());
        events.publish(recorded.event());
        PaymentOperation refund = PaymentOperation.refund(new PaymentOperationId(ids.next()), order.id(),
                authorizationId, amount, Optional.of(command.reason()), command.idempotencyKey(), now);
        operations.record(refund);
        return new Refunded(refund, stored, false);
    }

    // A refund by line has no amount of its own to compare (what the items come to depends on
    // what was refunded before), so its replay is judged by the reason alone.
    private static Refunded replay(PaymentOperation earlier, Order order, RefundCommand command) {
        boolean same = (command.byLine() || earlier.amount().minorUnits() == command.amount())
                && earlier.reason().equals(Optional.of(command.reason()));
        if (!same) {
            throw new IdempotencyKeyReused();
        }
        return new Refunded(earlier, order, true);
    }
}
