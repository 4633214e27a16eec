package dev.chit.adapters.persistence.outbox;

import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.ReportMail;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.adapters.persistence.queue.LeasedQueue;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Locale;
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
            id, kind, subject_id, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at,
            requeued_at""";

    static final String INSERT = "INSERT INTO outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final LeasedQueue.Table QUEUE = new LeasedQueue.Table("outbox", COLUMNS, Optional.of(GUEST_EMAIL), "SENT");

    static final String DEAD_LIST = "SELECT " + COLUMNS
            + " FROM outbox WHERE kind = ? AND status = 'DEAD' ORDER BY dead_at DESC, id DESC LIMIT ?";

    static final String ABOUT = "SELECT " + COLUMNS + " FROM outbox WHERE kind = ? AND subject_id = ? ORDER BY id";

    /** The emails of one restaurant: about its orders or its reports, or alerts to its managers. */
    static LeasedQueue.Scope ofRestaurant(RestaurantId restaurantId) {
        UUID id = restaurantId.value();
        return new LeasedQueue.Scope("subject_id = ? OR subject_id IN (SELECT id FROM orders WHERE restaurant_id = ?)"
                + " OR subject_id IN (SELECT id FROM reports WHERE restaurant_id = ?)", List.of(id, id, id));
    }

    static final String DEAD_COLUMNS = "id, subject_id, payload, attempts, created_at, last_error";

    static DeadLetter deadLetter(DbRow row) {
        String type = switch (NoticeJson.read(text(row, "payload"))) {
            case GuestNotice notice -> "guest." + wireName(notice.kind());
            case ManagerAlert alert -> "manager." + wireName(alert.kind());
            case ReportMail mail -> "report";
        };
        return new DeadLetter(uuid(row, "id"), type, uuid(row, "subject_id"), intValue(row, "attempts"),
                instant(row, "created_at"), instant(row, "dead_at"), optionalText(row, "last_error"));
    }

    private static String wireName(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

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
                message.lastError(), message.createdAt(), message.sentAt(), message.requeuedAt()};
    }

    static OutboxMessage message(DbRow row) {
        return new OutboxMessage(uuid(row, "id"), NoticeJson.read(text(row, "payload")),
                enumValue(row, "status", Status.class), intValue(row, "attempts"), instant(row, "created_at"),
                instant(row, "next_attempt_at"), optionalText(row, "last_error"), optionalInstant(row, "sent_at"),
                optionalInstant(row, "requeued_at"));
    }
}
