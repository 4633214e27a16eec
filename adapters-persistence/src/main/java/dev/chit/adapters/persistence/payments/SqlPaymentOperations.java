package dev.chit.adapters.persistence.payments;

import dev.chit.adapters.persistence.sql.SqlFailures;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.PaymentOperations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Payment operations in {@code payment_operations}; see {@code V10__payment_operations.sql}. */
public final class SqlPaymentOperations implements PaymentOperations {

    private final Statements sql;

    public SqlPaymentOperations(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void record(PaymentOperation operation) {
        try {
            sql.update("payment-operation-insert", PaymentOperationRows.INSERT,
                    PaymentOperationRows.insertParams(operation));
        } catch (RuntimeException failed) {
            if (SqlFailures.isUniqueViolation(failed)) {
                throw new IllegalStateException("an operation with key " + operation.gatewayKey() + " exists already",
                        failed);
            }
            throw failed;
        }
    }

    @Override
    public boolean settle(PaymentOperation settled) {
        return sql.update("payment-operation-settle", PaymentOperationRows.SETTLE,
                PaymentOperationRows.settleParams(settled)) == 1;
    }

    // Sent with the rest of the checkout's transaction; its count still tells who settled first.
    @Override
    public void settleWithTransaction(PaymentOperation settled, Supplier<? extends RuntimeException> settledElsewhere) {
        sql.write("payment-operation-settle", PaymentOperationRows.SETTLE,
                Arrays.asList(PaymentOperationRows.settleParams(settled)), count -> {
                    if (count != 1) {
                        throw settledElsewhere.get();
                    }
                });
    }

    @Override
    public void attemptFailed(PaymentOperationId id, String error) {
        sql.update("payment-operation-attempt-failed", PaymentOperationRows.ATTEMPT_FAILED,
                error.length() <= PaymentOperation.MAX_ERROR_LENGTH ? error
                        : error.substring(0, PaymentOperation.MAX_ERROR_LENGTH), id.value());
    }

    @Override
    public Optional<PaymentOperation> find(PaymentOperationId id) {
        return sql.get("payment-operation-by-id", PaymentOperationRows.BY_ID, id.value())
                .map(PaymentOperationRows::operation);
    }

    @Override
    public Optional<PaymentOperation> findByGatewayKey(String gatewayKey) {
        return sql.get("payment-operation-by-gateway-key", PaymentOperationRows.BY_GATEWAY_KEY, gatewayKey)
                .map(PaymentOperationRows::operation);
    }

    @Override
    public Optional<OrderId> orderAuthorizedAs(String authorizationId) {
        return sql.get("payment-operation-order-of-authorization", PaymentOperationRows.ORDER_OF_AUTHORIZATION,
                authorizationId).map(row -> new OrderId(uuid(row, "order_id")));
    }

    @Override
    public List<PaymentOperation> ofOrder(OrderId orderId) {
        return sql.query("payment-operations-of-order", PaymentOperationRows.OF_ORDER, orderId.value()).stream()
                .map(PaymentOperationRows::operation).toList();
    }

    @Override
    public List<PaymentOperation> pending(int limit) {
        return sql.query("payment-operations-pending", PaymentOperationRows.PENDING, limit).stream()
                .map(PaymentOperationRows::operation).toList();
    }
}
