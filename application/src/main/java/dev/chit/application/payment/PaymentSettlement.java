package dev.chit.application.payment;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.PaymentNotAllowed;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.Authorization;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finishes the pending payment operations of an order: makes each call (again) under its
 * gateway key, so that the network carries it out once however often it is made, then records
 * the outcome and moves the order's {@code paymentStatus} in one transaction. Operations of one
 * order are settled in the order they were recorded: a void waits for the capture before it.
 *
 * <p>It never throws for the network's trouble: a call without an answer stays pending and
 * is tried again by the next run of {@link SettlePayments}.
 */
public final class PaymentSettlement {

    private static final System.Logger LOG = System.getLogger(PaymentSettlement.class.getName());
    // More than a few rounds for one order means operations keep appearing: leave them to the next run.
    private static final int MAX_ROUNDS = 10;
    private static final int STALE_RETRIES = 3;

    private final PaymentGateway gateway;
    private final PaymentAccounts accounts;
    private final PaymentOperations operations;
    private final Orders orders;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration abandonAfter;

    /**
     * @param abandonAfter how long a checkout's authorization may stay pending before it counts
     *                     as abandoned (the order was never stored) and is released; longer than
     *                     any checkout takes, the network's time-out included
     */
    public PaymentSettlement(PaymentGateway gateway, PaymentAccounts accounts, PaymentOperations operations,
                             Orders orders, OrderEventPublisher events, Transactions transactions, IdGenerator ids,
                             Clock clock, Duration abandonAfter) {
        this.gateway = gateway;
        this.accounts = accounts;
        this.operations = operations;
        this.orders = orders;
        this.events = events;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.abandonAfter = abandonAfter;
    }

    /**
     * How far settling got: an operation is settled (done, or failed for good), or it stays
     * pending for the next run, with why.
     */
    public sealed interface Outcome {

        /** Settled: nothing more to do for this operation (or, from {@link #settleOrder}, for the order). */
        record Settled() implements Outcome {
        }

        /** Still pending: the network did not answer, the outcome could not be stored, or it is too early. */
        record Pending(String why) implements Outcome {
        }

        default boolean isSettled() {
            return this instanceof Settled;
        }
    }

    private static final Outcome SETTLED = new Outcome.Settled();

    /**
     * Settles what is pending for the order, oldest first, and stops at the first operation that
     * stays pending. Never throws: what is left is the next run's.
     *
     * @return {@link Outcome.Settled} when nothing of the order is pending any more
     */
    public Outcome settleOrder(OrderId orderId) {
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                Optional<PaymentOperation> next = operations.ofOrder(orderId).stream()
                        .filter(PaymentOperation::isPending).findFirst();
                if (next.isEmpty()) {
                    return SETTLED;
                }
                Outcome outcome = settle(next.get());
                if (!outcome.isSettled()) {
                    return outcome;
                }
            }
            return new Outcome.Pending("operations keep appearing; left to the next run");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=payment-settling-failed orderId={0} error=\"{1}\"", orderId,
                    failed.getMessage());
            return new Outcome.Pending(String.valueOf(failed.getMessage()));
        }
    }

    /**
     * Gives up a checkout's authorization whose order was not stored, and releases what it
     * reserved. Does nothing if the order was stored after all (the authorization is settled then).
     */
    public void abandon(PaymentOperation authorization, Optional<Authorization> reserved) {
        if (giveUp(authorization, reserved)) {
            settleOrder(authorization.orderId());
        }
    }

    /**
     * Marks the authorization abandoned and records the void of what it reserved, in one
     * transaction; the void is then settled like any pending operation.
     *
     * @return whether it was still pending (else its order was stored, and nothing is given up)
     */
    private boolean giveUp(PaymentOperation authorization, Optional<Authorization> reserved) {
        boolean abandoned = inTransaction(() -> {
            if (!operations.settle(authorization.failed("abandoned: the order was never placed", clock.instant()))) {
                return false;
            }
            reserved.ifPresent(found -> operations.record(PaymentOperation.voiding(newId(), authorization.orderId(),
                    found.authorizationId(), authorization.amount(), Optional.of("the order was never placed"),
                    clock.instant())));
            return true;
        });
        if (abandoned) {
            LOG.log(Level.INFO, "event=authorization-abandoned orderId={0} reserved={1}",
                    authorization.orderId(), reserved.isPresent());
        }
        return abandoned;
    }

    private Outcome settle(PaymentOperation operation) {
        PaymentAccount account = accounts.ofOrder(operation.orderId());
        return switch (operation.kind()) {
            case AUTHORIZE -> settleAuthorization(account, operation);
            case CAPTURE -> call(operation, () -> gateway.capture(account, authorizationOf(operation),
                    operation.amount(), operation.gatewayKey()), Optional.of(Order::captured));
            case VOID -> capturedMeanwhile(operation)
                    ? refundInstead(operation)
                    : call(operation, () -> gateway.voidAuthorization(account, authorizationOf(operation),
                            operation.gatewayKey()), Optional.of(Order::voided));
            // The order counted the refund when it was asked for; only the network is left.
            case REFUND -> call(operation, () -> gateway.refund(account, authorizationOf(operation),
                    operation.amount(), operation.gatewayKey()), Optional.empty());
        };
    }

    /** A checkout still pending: either still running, or it stopped between the network and the database. */
    private Outcome settleAuthorization(PaymentAccount account, PaymentOperation authorization) {
        if (authorization.createdAt().plus(abandonAfter).isAfter(clock.instant())) {
            return new Outcome.Pending("the checkout may still be running");
        }
        Optional<Authorization> reserved;
        try {
            reserved = gateway.findAuthorization(account, authorization.orderId(), authorization.gatewayKey());
        } catch (RuntimeException unanswered) {
            return unanswered(authorization, unanswered);
        }
        giveUp(authorization, reserved);
        return SETTLED;
    }

    /** What the network's answer makes of the order's payment. */
    private interface PaymentMove {
        Order.PaymentRecorded apply(Order order, Instant at);
    }

    private Outcome call(PaymentOperation operation, Runnable gatewayCall, Optional<PaymentMove> orderBecomes) {
        try {
            gatewayCall.run();
        } catch (PaymentGateway.Refused refused) {
            LOG.log(Level.ERROR, "event=payment-refused operation={0} kind={1} orderId={2} code={3} detail=\"{4}\"",
                    operation.id(), operation.kind(), operation.orderId(), refused.code(), refused.getMessage());
            return record(operation.failed(refused.code() + ": " + refused.getMessage(), clock.instant()),
                    Optional.empty());
        } catch (RuntimeException unanswered) {
            return unanswered(operation, unanswered);
        }
        return record(operation.succeeded(Optional.empty(), clock.instant()), orderBecomes);
    }

    private Outcome unanswered(PaymentOperation operation, RuntimeException failure) {
        LOG.log(Level.WARNING, "event=payment-unanswered operation={0} kind={1} orderId={2} attempts={3} error=\"{4}\"",
                operation.id(), operation.kind(), operation.orderId(), operation.attempts() + 1, failure.getMessage());
        try {
            inTransaction(() -> {
                operations.attemptFailed(operation.id(), String.valueOf(failure.getMessage()));
                return null;
            });
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, "event=payment-attempt-not-recorded operation={0} error=\"{1}\"",
                    operation.id(), notRecorded.getMessage());
        }
        return new Outcome.Pending("unanswered: " + failure.getMessage());
    }

    /**
     * Stores the outcome and the order's new payment status together. When the order changed
     * meanwhile (a move), it is read again; when the database fails, the operation stays pending
     * and the network will answer the repeated call as it answered this one.
     */
    private Outcome record(PaymentOperation settled, Optional<PaymentMove> orderBecomes) {
        for (int attempt = 1; ; attempt++) {
            try {
                inTransaction(() -> {
                    if (operations.settle(settled)) {
                        orderBecomes.ifPresent(move -> orders.find(settled.orderId())
                                .ifPresent(order -> storePaymentMove(order, move, settled)));
                    }
                    return null;
                });
                LOG.log(Level.INFO, "event=payment-settled operation={0} kind={1} orderId={2} state={3}",
                        settled.id(), settled.kind(), settled.orderId(), settled.state());
                return SETTLED;
            } catch (StaleOrder stale) {
                if (attempt == STALE_RETRIES) {
                    return unanswered(settled, stale);
                }
            } catch (RuntimeException notRecorded) {
                LOG.log(Level.WARNING, "event=payment-outcome-not-recorded operation={0} kind={1} error=\"{2}\"",
                        settled.id(), settled.kind(), notRecorded.getMessage());
                return new Outcome.Pending("outcome not recorded: " + notRecorded.getMessage());
            }
        }
    }

    /**
     * A network outcome the order cannot take
     * (its payment moved meanwhile) is logged rather than retried forever: the network's side is done.
     */
    private void storePaymentMove(Order order, PaymentMove move, PaymentOperation settled) {
        Order.PaymentRecorded recorded;
        try {
            recorded = move.apply(order, clock.instant());
        } catch (PaymentNotAllowed notNow) {
            LOG.log(Level.WARNING, "event=payment-outcome-not-applied operation={0} orderId={1} detail=\"{2}\"",
                    settled.id(), order.id(), notNow.getMessage());
            return;
        }
        orders.update(recorded.order());
        // An order never placed (a checkout abandoned at the bank's check) is announced to nobody:
        // its payment's end is no board's, webhook's or email's news either.
        if (recorded.order().isNumbered()) {
            events.publish(recorded.event());
        }
    }

    /**
     * Whether the capture recorded before this void went through meanwhile: the order was
     * cancelled before the network answered the capture.
     */
    private boolean capturedMeanwhile(PaymentOperation voiding) {
        return orders.find(voiding.orderId()).filter(order -> order.paymentStatus().holdsCapturedMoney()).isPresent();
    }

    /** Captured money cannot be voided: the void gives way to a refund of what is left. */
    private Outcome refundInstead(PaymentOperation voiding) {
        try {
            inTransaction(() -> {
                Order order = orders.find(voiding.orderId()).orElseThrow();
                if (!operations.settle(voiding.failed("superseded: the capture went through first; refunded instead",
                        clock.instant())) || order.refundable().isZero()) {
                    return null;
                }
                var refunded = order.refunded(order.refundable(), clock.instant());
                orders.update(refunded.order());
                events.publish(refunded.event());
                operations.record(PaymentOperation.refund(newId(), order.id(), authorizationOf(voiding),
                        order.refundable(), voiding.reason(), Optional.empty(), clock.instant()));
                return null;
            });
            return SETTLED;
        } catch (RuntimeException notRecorded) {
            return unanswered(voiding, notRecorded);
        }
    }

    private static String authorizationOf(PaymentOperation operation) {
        return operation.authorizationId().orElseThrow();
    }

    private PaymentOperationId newId() {
        return new PaymentOperationId(ids.next());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** For the settling job: the orders that have something pending, oldest first. */
    List<OrderId> ordersWithPendingOperations(int limit) {
        return operations.pending(limit).stream().map(PaymentOperation::orderId).distinct().toList();
    }
}
