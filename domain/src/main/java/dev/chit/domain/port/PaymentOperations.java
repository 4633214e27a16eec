package dev.chit.domain.port;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperationId;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The record of every call Chit makes to the card network: written before the call and after
 * its answer, so that the two can never disagree unnoticed. A pending operation is one whose
 * answer Chit does not know yet; the settling job finishes it.
 */
public interface PaymentOperations {

    /**
     * Records a new operation, normally {@code PENDING}.
     *
     * @throws IllegalStateException when an operation with its gateway key exists already
     */
    void record(PaymentOperation operation);

    /**
     * Stores the outcome of {@code settled}, if the stored operation is still pending. Two
     * settlers racing over one operation (a request and the job, two servers) are told apart
     * here: exactly one of them gets {@code true}.
     *
     * @return whether this call settled it; {@code false} when someone else did first
     */
    boolean settle(PaymentOperation settled);

    /**
     * Settles {@code settled} as part of the open transaction, which must then not commit if
     * someone else settled it first: it fails with {@code settledElsewhere}'s exception instead,
     * at once or by its commit. An adapter may send it with the transaction's other writes.
     */
    default void settleWithTransaction(PaymentOperation settled, Supplier<? extends RuntimeException> settledElsewhere) {
        if (!settle(settled)) {
            throw settledElsewhere.get();
        }
    }

    /** Counts a call that went unanswered, with its error; the operation stays pending. */
    void attemptFailed(PaymentOperationId id, String error);

    Optional<PaymentOperation> find(PaymentOperationId id);

    Optional<PaymentOperation> findByGatewayKey(String gatewayKey);

    /** The order whose authorization the network calls {@code authorizationId}, if Chit made it. */
    Optional<OrderId> orderAuthorizedAs(String authorizationId);

    /** The operations of an order, in the order they were recorded. */
    List<PaymentOperation> ofOrder(OrderId orderId);

    /** Up to {@code limit} pending operations, oldest first. */
    List<PaymentOperation> pending(int limit);
}
