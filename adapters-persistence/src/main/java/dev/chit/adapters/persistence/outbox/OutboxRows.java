package dev.chit.adapters.persistence.outbox;

import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.ReportMail;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.adapters.persistence.queue.LeasedQueue;
import io.helidon.dbclient.DbRow;

import java.util.Optional;
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

    static final LeasedQueue.Table QUEUE = new LeasedQueue.Table("outbox", COLUMNS, Optional.of(GUEST_EMAIL), "SENT");

    static final String DEAD_LIST = "SELECT " + COLUMNS
            + " FROM outbox WHERE kind = ? AND status = 'DEAD' ORDER BY dead_at DESC, id DESC LIMIT ?";

    static final String ABOUT = "SELECT " + COLUMNS + " FROM outbox WHERE kind = ? AND subject_id = ? ORDER BY id";

    private OutboxRows() {
    }

    static Object[] insertParams(OutboxMessage message) {
        UUID subject = switch (message.notice()) {
            case GuestNotice notice -> notice.orderId().value();
            case ManagerAlert alert -> alert.restaurantId().value();
            case ReportMail mail -> mail.reportId().value();
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
