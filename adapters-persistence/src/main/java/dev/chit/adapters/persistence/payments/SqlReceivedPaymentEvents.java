package dev.chit.adapters.persistence.payments;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.ReceivedPaymentEvents;

import java.time.Instant;

/**
 * The card network's events acted on, in {@code payment_events} (V76). Recording is an insert that
 * does nothing when the id is there ({@code ON CONFLICT DO NOTHING}, which H2 understands in
 * PostgreSQL mode): a duplicate raises no error that would abort the caller's transaction on
 * PostgreSQL, and of two transactions recording one id at once the second waits for the first,
 * then inserts nothing.
 */
public final class SqlReceivedPaymentEvents implements ReceivedPaymentEvents {

    private static final String RECORD = """
            INSERT INTO payment_events (event_id, type, received_at) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final Statements sql;

    public SqlReceivedPaymentEvents(Statements sql) {
        this.sql = sql;
    }

    @Override
    public boolean firstReceipt(String eventId, String type, Instant at) {
        return sql.update("payment-event-record", RECORD, eventId, type, at) == 1;
    }
}
