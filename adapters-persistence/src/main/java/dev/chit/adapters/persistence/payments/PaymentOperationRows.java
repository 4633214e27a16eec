package dev.chit.adapters.persistence.payments;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperation.Kind;
import dev.chit.domain.payment.PaymentOperation.State;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.restaurant.StripeAccountId;
import io.helidon.dbclient.DbRow;

import java.util.Currency;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The {@code payment_operations} table: statements and the mapping of its rows. */
final class PaymentOperationRows {

    private static final String COLUMNS = """
            id, order_id, kind, amount, currency, gateway_key, state, authorization_id, reason, error, attempts,
            created_at, settled_at, stripe_account_id""";

    static final String INSERT = "INSERT INTO payment_operations (" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    // Compare-and-set: only a pending row takes an outcome, so of two settlers exactly one wins.
    static final String SETTLE = """
            UPDATE payment_operations SET state = ?, authorization_id = ?, error = COALESCE(?, error), settled_at = ?
            WHERE id = ? AND state = 'PENDING'""";

    static final String ATTEMPT_FAILED = """
            UPDATE payment_operations SET attempts = attempts + 1, error = ?
            WHERE id = ? AND state = 'PENDING'""";

    static final String BY_ID = "SELECT " + COLUMNS + " FROM payment_operations WHERE id = ?";

    static final String BY_GATEWAY_KEY = "SELECT " + COLUMNS + " FROM payment_operations WHERE gateway_key = ?";

    static final String ORDER_OF_AUTHORIZATION = "SELECT order_id FROM payment_operations"
            + " WHERE authorization_id = ? AND kind = 'AUTHORIZE' ORDER BY seq LIMIT 1";

    static final String OF_ORDER = "SELECT " + COLUMNS + " FROM payment_operations WHERE order_id = ? ORDER BY seq";

    static final String PENDING = "SELECT " + COLUMNS
            + " FROM payment_operations WHERE state = 'PENDING' ORDER BY seq LIMIT ?";

    private PaymentOperationRows() {
    }

    static Object[] insertParams(PaymentOperation operation) {
        return new Object[] {operation.id().value(), operation.orderId().value(), operation.kind(),
                operation.amount().minorUnits(), operation.amount().currency(), operation.gatewayKey(),
                operation.state(), operation.authorizationId(), operation.reason(), operation.error(),
                operation.attempts(), operation.createdAt(), operation.settledAt(),
                operation.account().map(StripeAccountId::value)};
    }

    static Object[] settleParams(PaymentOperation settled) {
        return new Object[] {settled.state(), settled.authorizationId(), settled.error(), settled.settledAt(),
                settled.id().value()};
    }

    static PaymentOperation operation(DbRow row) {
        Currency currency = Currency.getInstance(text(row, "currency").strip());
        return new PaymentOperation(new PaymentOperationId(uuid(row, "id")), new OrderId(uuid(row, "order_id")),
                enumValue(row, "kind", Kind.class), Money.of(longValue(row, "amount"), currency),
                text(row, "gateway_key"), enumValue(row, "state", State.class), optionalText(row, "authorization_id"),
                optionalText(row, "reason"), optionalText(row, "error"), intValue(row, "attempts"),
                instant(row, "created_at"), optionalInstant(row, "settled_at"),
                optionalText(row, "stripe_account_id").map(StripeAccountId::new));
    }
}
