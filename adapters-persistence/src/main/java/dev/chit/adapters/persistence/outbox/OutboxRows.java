package dev.chit.adapters.persistence.outbox;

import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Status;
import io.helidon.dbclient.DbRow;

import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The {@code outbox} table as the guest's emails use it: statements and the mapping of rows. */
final class OutboxRows {

    /**
     * The {@code kind} of the emails (the guest's, and the managers' alerts, whose subject is the
     * restaurant); other senders (webhooks) use other kinds.
     */
    static final String GUEST_EMAIL = "guest-email";

    private static final String COLUMNS = """
            id, kind, subject_id, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at""";

    static final String INSERT = "INSERT INTO outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String DUE = """
            SELECT id FROM outbox WHERE kind = ? AND status = 'PENDING' AND next_attempt_at <= ?
            ORDER BY next_attempt_at, id LIMIT ?""";

    /** PostgreSQL: rows another claimer holds are passed over, not waited for. */
    static final String DUE_SKIP_LOCKED = DUE + " FOR UPDATE SKIP LOCKED";

    /** H2 has no SKIP LOCKED; the conditional CLAIM below keeps two claimers apart. */
    static final String DUE_PLAIN = DUE;

    // Conditional: a row another claimer took meanwhile is no longer due, and is left alone.
    static final String CLAIM = """
            UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, claim_id = ?
            WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ? AND attempts = ?""";

    static final String ATTEMPTS = "SELECT attempts FROM outbox WHERE id = ?";

    static final String CLAIMED = "SELECT " + COLUMNS + " FROM outbox WHERE claim_id = ? ORDER BY next_attempt_at, id";

    static final String SENT = """
            UPDATE outbox SET status = 'SENT', sent_at = ?, last_error = NULL
            WHERE id = ? AND claim_id = ? AND status = 'PENDING'""";

    static final String RETRY = """
            UPDATE outbox SET next_attempt_at = ?, last_error = ?
            WHERE id = ? AND claim_id = ? AND status = 'PENDING'""";

    static final String DEAD = """
            UPDATE outbox SET status = 'DEAD', dead_at = ?, last_error = ?
            WHERE id = ? AND claim_id = ? AND status = 'PENDING'""";

    static final String DEAD_LIST = "SELECT " + COLUMNS
            + " FROM outbox WHERE kind = ? AND status = 'DEAD' ORDER BY dead_at DESC, id DESC LIMIT ?";

    static final String ABOUT = "SELECT " + COLUMNS + " FROM outbox WHERE kind = ? AND subject_id = ? ORDER BY id";

    private OutboxRows() {
    }

    static Object[] insertParams(OutboxMessage message) {
        UUID subject = switch (message.notice()) {
            case GuestNotice notice -> notice.orderId().value();
            case ManagerAlert alert -> alert.restaurantId().value();
        };
        return new Object[] {message.id(), GUEST_EMAIL, subject,
                NoticeJson.write(message.notice()), message.status(), message.attempts(), message.nextAttemptAt(),
                message.lastError(), message.createdAt(), message.sentAt()};
    }

    static OutboxMessage message(DbRow row) {
        return new OutboxMessage(uuid(row, "id"), NoticeJson.read(text(row, "payload")),
                enumValue(row, "status", Status.class), intValue(row, "attempts"), instant(row, "created_at"),
                instant(row, "next_attempt_at"), optionalText(row, "last_error"), optionalInstant(row, "sent_at"));
    }
}
