package dev.chit.application.testing;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.PaymentOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link PaymentOperations} in a list kept in the order of recording. A test can make the next
 * settle fail, as a crash between the network's answer and the database would.
 */
public final class InMemoryPaymentOperations implements PaymentOperations, Snapshotting {

    private List<PaymentOperation> operations = new ArrayList<>();
    private RuntimeException nextSettleFailure;

    @Override
    public synchronized void record(PaymentOperation operation) {
        if (findByGatewayKey(operation.gatewayKey()).isPresent()) {
            throw new IllegalStateException("an operation with key " + operation.gatewayKey() + " exists already");
        }
        operations.add(operation);
    }

    @Override
    public synchronized boolean settle(PaymentOperation settled) {
        if (nextSettleFailure != null) {
            RuntimeException failure = nextSettleFailure;
            nextSettleFailure = null;
            throw failure;
        }
        int index = indexOf(settled.id());
        if (!operations.get(index).isPending()) {
            return false;
        }
        // The stored attempts and error stay as they are; the outcome is what is new.
        PaymentOperation stored = operations.get(index);
        operations.set(index, new PaymentOperation(stored.id(), stored.orderId(), stored.kind(), stored.amount(),
                stored.gatewayKey(), settled.state(), settled.authorizationId(), stored.reason(),
                settled.error().or(stored::error), stored.attempts(), stored.createdAt(), settled.settledAt(),
                stored.account()));
        return true;
    }

    @Override
    public synchronized void attemptFailed(PaymentOperationId id, String error) {
        int index = indexOf(id);
        if (operations.get(index).isPending()) {
            operations.set(index, operations.get(index).attemptFailed(error));
        }
    }

    @Override
    public synchronized Optional<PaymentOperation> find(PaymentOperationId id) {
        return operations.stream().filter(operation -> operation.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<PaymentOperation> findByGatewayKey(String gatewayKey) {
        return operations.stream().filter(operation -> operation.gatewayKey().equals(gatewayKey)).findFirst();
    }

    @Override
    public synchronized Optional<OrderId> orderAuthorizedAs(String authorizationId) {
        return operations.stream()
                .filter(operation -> operation.kind() == PaymentOperation.Kind.AUTHORIZE)
                .filter(operation -> operation.authorizationId().equals(Optional.of(authorizationId)))
                .map(PaymentOperation::orderId).findFirst();
    }

    @Override
    public synchronized List<PaymentOperation> ofOrder(OrderId orderId) {
        return operations.stream().filter(operation -> operation.orderId().equals(orderId)).toList();
    }

    @Override
    public synchronized List<PaymentOperation> pending(int limit) {
        return operations.stream().filter(PaymentOperation::isPending).limit(limit).toList();
    }

    /** The next {@link #settle} throws {@code failure}: the network said yes, the database never heard. */
    public synchronized void failNextSettle(RuntimeException failure) {
        this.nextSettleFailure = failure;
    }

    public synchronized List<PaymentOperation> all() {
        return List.copyOf(operations);
    }

    private int indexOf(PaymentOperationId id) {
        for (int index = 0; index < operations.size(); index++) {
            if (operations.get(index).id().equals(id)) {
                return index;
            }
        }
        throw new IllegalStateException("payment operation " + id + " was never recorded");
    }

    @Override
    public synchronized Object snapshot() {
        return new ArrayList<>(operations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        operations = new ArrayList<>((List<PaymentOperation>) snapshot);
    }
}
