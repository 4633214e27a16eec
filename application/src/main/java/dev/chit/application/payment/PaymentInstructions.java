package dev.chit.application.payment;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.order.PaymentAction;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperation.Kind;
import dev.chit.domain.payment.PaymentOperation.State;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.PaymentOperations;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns what an order's move asks of the payment ({@link PaymentAction}) into a pending
 * operation, recorded in the move's own transaction: the move and the promise to carry out its
 * payment commit together. It is recorded after the moved order is stored, so that of two
 * moves racing, the loser hears that the order changed rather than that its capture exists. The call itself is made after the commit ({@link PaymentSettlement}),
 * so the kitchen's move never waits on, or fails with, the card network.
 */
public final class PaymentInstructions {

    private static final System.Logger LOG = System.getLogger(PaymentInstructions.class.getName());

    private final PaymentOperations operations;
    private final IdGenerator ids;

    public PaymentInstructions(PaymentOperations operations, IdGenerator ids) {
        this.operations = operations;
        this.ids = ids;
    }

    /**
     * The order as it must be stored, the event of its payment change if it changed now (a
     * refund counts from the moment it is asked for), and the operation to settle after commit.
     */
    public record Instructed(Order order, Optional<PaymentChanged> event, Optional<PaymentOperation> operation) {

        static Instructed nothing(Order order) {
            return new Instructed(order, Optional.empty(), Optional.empty());
        }
    }

    /** Call inside the move's transaction; then store the order, then {@link #record} the operation. */
    public Instructed instruct(Order moved, PaymentAction action, Optional<String> reason, Instant at) {
        if (action == PaymentAction.NONE) {
            return Instructed.nothing(moved);
        }
        Optional<String> authorization = authorizationOf(moved);
        if (authorization.isEmpty()) {
            // Only orders that never went through checkout (imported, or made by hand) lack one.
            LOG.log(Level.WARNING, "event=payment-skipped orderId={0} action={1} reason=no-authorization-on-record",
                    moved.id(), action);
            return Instructed.nothing(moved);
        }
        String authorizationId = authorization.get();
        return switch (action) {
            case CAPTURE -> new Instructed(moved, Optional.empty(), Optional.of(PaymentOperation.capture(newId(),
                    moved.id(), authorizationId, moved.totals().total(), at)));
            case VOID -> new Instructed(moved, Optional.empty(), Optional.of(PaymentOperation.voiding(newId(),
                    moved.id(), authorizationId, moved.totals().total(), reason, at)));
            case REFUND_REMAINING -> refundRemaining(moved, authorizationId, reason, at);
            case NONE -> Instructed.nothing(moved);
        };
    }

    /** The network's id of the order's authorization, if the order was paid by card. */
    public Optional<String> authorizationOf(Order order) {
        return operations.ofOrder(order.id()).stream()
                .filter(operation -> operation.kind() == Kind.AUTHORIZE && operation.state() == State.SUCCEEDED)
                .findFirst()
                .flatMap(PaymentOperation::authorizationId);
    }

    private Instructed refundRemaining(Order moved, String authorizationId, Optional<String> reason, Instant at) {
        if (moved.refundable().isZero()) {
            return Instructed.nothing(moved);
        }
        var refunded = moved.refunded(moved.refundable(), at);
        return new Instructed(refunded.order(), Optional.of(refunded.event()), Optional.of(PaymentOperation.refund(
                newId(), moved.id(), authorizationId, moved.refundable(), reason, Optional.empty(), at)));
    }

    /** Records the instructed operation, pending; in the move's transaction, after the order was stored. */
    public void record(Instructed instructed) {
        instructed.operation().ifPresent(operations::record);
    }

    private PaymentOperationId newId() {
        return new PaymentOperationId(ids.next());
    }
}
