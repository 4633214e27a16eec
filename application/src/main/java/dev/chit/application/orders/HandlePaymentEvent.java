package dev.chit.application.orders;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.payment.PaymentEvent;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.ReceivedPaymentEvents;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The card network tells Chit what happened to a payment (Stripe's webhook): the guest's bank
 * confirmed or refused an order that waited for it (as the guest's own confirmation would tell),
 * money went back through the network's dashboard, or the guest disputes the charge.
 *
 * <p>Each event is acted on once: its id is recorded in the transaction that makes its change,
 * so a repeated event (the network sends again until it hears back) changes nothing, and one that
 * failed halfway is acted on in full when it comes again. Events of orders Chit does not know
 * (another installation's, or none of Chit's) change nothing.
 */
public final class HandlePaymentEvent {

    private static final System.Logger LOG = System.getLogger(HandlePaymentEvent.class.getName());
    private static final int STALE_RETRIES = 3;

    /** Who hears of a disputed order, inside the transaction that marks it (an outbox takes the alert with it). */
    @FunctionalInterface
    public interface Disputes {
        void disputed(Order order);
    }

    /** What became of an event. */
    public enum Outcome {
        /** It changed the order as it says (or found it changed already, by the guest's confirmation). */
        HANDLED,
        /** It was handled before; nothing changed now. */
        DUPLICATE,
        /** It is about no order Chit knows; nothing changed. */
        UNKNOWN_ORDER,
        /** Chit does not act on events of its kind. */
        IGNORED
    }

    private record Handled(Outcome outcome, Optional<OrderId> orderId, Optional<Order> placedNow) {

        static Handled of(Outcome outcome) {
            return new Handled(outcome, Optional.empty(), Optional.empty());
        }
    }

    private final Orders orders;
    private final PaymentOperations operations;
    private final ReceivedPaymentEvents received;
    private final ConfirmPayment confirmPayment;
    private final OrderEventPublisher events;
    private final Disputes disputes;
    private final Transactions transactions;
    private final Clock clock;

    public HandlePaymentEvent(Orders orders, PaymentOperations operations, ReceivedPaymentEvents received,
                              ConfirmPayment confirmPayment, OrderEventPublisher events, Disputes disputes,
                              Transactions transactions, Clock clock) {
        this.orders = orders;
        this.operations = operations;
        this.received = received;
        this.confirmPayment = confirmPayment;
        this.events = events;
        this.disputes = disputes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome handle(PaymentEvent event) {
        if (event.kind() == PaymentEvent.Kind.OTHER) {
            return logged(event, Handled.of(Outcome.IGNORED));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Handled handled = transactions.inTransaction(() -> handleOnce(event));
                // Placed and committed: now the restaurant's automatic accept may capture.
                handled.placedNow().ifPresent(confirmPayment::afterPlacement);
                return logged(event, handled);
            } catch (StaleOrder raced) {
                // A member of staff (or the guest's confirmation) moved the order meanwhile; all of
                // this event, its record included, was rolled back: read again and act on what is.
                if (attempt == STALE_RETRIES) {
                    throw raced;
                }
            }
        }
    }

    private Handled handleOnce(PaymentEvent event) {
        Optional<Order> found = orderOf(event);
        if (found.isEmpty()) {
            return Handled.of(Outcome.UNKNOWN_ORDER);
        }
        Order order = found.get();
        if (!received.firstReceipt(event.id(), event.type(), clock.instant())) {
            return new Handled(Outcome.DUPLICATE, Optional.of(order.id()), Optional.empty());
        }
        Optional<Order> placedNow = Optional.empty();
        switch (event.kind()) {
            case AUTHORIZED -> placedNow = confirmPayment.placeIfAwaiting(order.id());
            case FAILED -> confirmPayment.failed(order.id());
            case REFUNDED -> refundedElsewhere(order, event.refundedInAll().orElseThrow());
            case DISPUTED -> disputed(order);
            case OTHER -> throw new IllegalStateException("events of no interest are not handled");
        }
        return new Handled(Outcome.HANDLED, Optional.of(order.id()), placedNow);
    }

    // The order named in the payment's metadata, else the one whose authorization it is.
    private Optional<Order> orderOf(PaymentEvent event) {
        return event.orderId().flatMap(orders::find)
                .or(() -> event.authorizationId().flatMap(operations::orderAuthorizedAs).flatMap(orders::find));
    }

    private void refundedElsewhere(Order order, long refundedInAll) {
        Money byChit = operations.ofOrder(order.id()).stream()
                .filter(operation -> operation.kind() == PaymentOperation.Kind.REFUND)
                .filter(operation -> operation.state() != PaymentOperation.State.FAILED)
                .map(PaymentOperation::amount)
                .reduce(Money.zero(order.currency()), Money::plus);
        order.refundedElsewhere(Money.of(refundedInAll, order.currency()), byChit, clock.instant())
                .ifPresent(recorded -> {
                    orders.update(recorded.order());
                    events.publish(recorded.event());
                });
    }

    private void disputed(Order order) {
        order.disputed(clock.instant()).ifPresent(disputed -> {
            Order stored = orders.update(disputed.order());
            events.publish(disputed.event());
            disputes.disputed(stored);
        });
    }

    private static Outcome logged(PaymentEvent event, Handled handled) {
        LOG.log(Level.INFO, "event=payment-event eventId={0} type={1} orderId={2} outcome={3}", event.id(),
                event.type(), handled.orderId().map(OrderId::toString).orElse("none"),
                handled.outcome().name().toLowerCase(Locale.ROOT));
        return handled.outcome();
    }
}
