package dev.chit.adapters.persistence.printing;

import dev.chit.adapters.persistence.queue.LeasedQueue;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintJobKind;
import dev.chit.domain.printing.PrinterConnection;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalLong;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The statements of the {@code print_jobs} table and the mapping of its rows. */
final class PrintJobRows {

    static final String COLUMNS = "id, restaurant_id, printer_id, ticket_kind, order_id, order_number, station_id,"
            + " reprint, handouts, status, attempts, created_at, next_attempt_at, claim_id, last_error, sent_at,"
            + " requeued_at";

    /** Chit's sender serves the jobs of network printers; CloudPRNT printers fetch theirs. */
    static final LeasedQueue.Table QUEUE = new LeasedQueue.Table("print_jobs", COLUMNS,
            Optional.of(PrinterConnection.EscPosTcp.CHANNEL), PrintJob.PRINTED);

    // Looked for before the insert: a failed INSERT would abort a PostgreSQL transaction, the
    // order's with it. The order's transaction holds the order, so no other writes its jobs meanwhile.
    static final String KEY_TAKEN = "SELECT id FROM print_jobs WHERE job_key = ?";
    static final String INSERT = "INSERT INTO print_jobs (id, restaurant_id, printer_id, kind, ticket_kind, order_id,"
            + " order_number, station_id, reprint, job_key, status, next_attempt_at, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)";
    static final String FIND = "SELECT " + COLUMNS + " FROM print_jobs WHERE id = ?";
    static final String OF = "SELECT " + COLUMNS + " FROM print_jobs WHERE restaurant_id = ?";
    static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT ?";
    static final String EARLIER_PENDING = "SELECT id FROM print_jobs WHERE printer_id = ? AND status = 'PENDING'"
            + " AND (created_at < ? OR (created_at = ? AND id < ?)) FETCH FIRST 1 ROWS ONLY";
    static final String HANDOUTS = "UPDATE print_jobs SET handouts = handouts + ? WHERE id = ?";
    static final String MOVE = "UPDATE print_jobs SET printer_id = ?, kind = ? WHERE id = ? AND status = 'PENDING'";
    static final String REPRINTS = "SELECT COUNT(*) AS n FROM print_jobs WHERE order_id = ? AND ticket_kind = 'REPRINT'"
            + " AND station_id = ?";
    static final String REPRINTS_OF_ORDER = "SELECT COUNT(*) AS n FROM print_jobs WHERE order_id = ?"
            + " AND ticket_kind = 'REPRINT' AND station_id IS NULL";
    static final String NEW_TICKETS = "SELECT " + COLUMNS + " FROM print_jobs WHERE order_id = ?"
            + " AND ticket_kind = 'NEW' ORDER BY created_at, id";
    static final String HOLDS = "SELECT id FROM print_jobs WHERE printer_id = ? AND status = 'PENDING'"
            + " FETCH FIRST 1 ROWS ONLY";
    static final String OLDEST_PENDING = "SELECT " + COLUMNS + " FROM print_jobs WHERE printer_id = ?"
            + " AND status = 'PENDING' ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY";
    static final String HAND_OUT = "UPDATE print_jobs SET attempts = attempts + 1, handouts = handouts + 1,"
            + " next_attempt_at = ?, claim_id = ?, last_error = NULL"
            + " WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ? AND attempts = ?";
    static final String HANDED_OUT = "SELECT " + COLUMNS + " FROM print_jobs WHERE printer_id = ? AND claim_id = ?"
            + " AND status = 'PENDING'";
    static final String CONFIRMED = "UPDATE print_jobs SET status = 'PRINTED', sent_at = ?, last_error = NULL"
            + " WHERE printer_id = ? AND claim_id = ? AND status = 'PENDING'";
    static final String REFUSED = "UPDATE print_jobs SET next_attempt_at = ?, claim_id = NULL, last_error = ?"
            + " WHERE printer_id = ? AND claim_id = ? AND status = 'PENDING'";

    private PrintJobRows() {
    }

    /** One job per order, station, printer, kind and reprint number; a test is its own job. */
    static String key(PrintJob job) {
        if (job.kind() == PrintJobKind.TEST) {
            return "test/" + job.id();
        }
        return job.orderId().map(OrderId::toString).orElse("-") + "/" + job.stationId().map(UUID::toString).orElse("-")
                + "/" + job.printerId() + "/" + job.kind() + "/" + job.reprint();
    }

    static Object[] insertParams(PrintJob job, String channel) {
        return new Object[] {job.id(), job.restaurantId().value(), job.printerId().value(), channel, job.kind().name(),
                job.orderId().map(OrderId::value), job.orderNumber(), job.stationId(), job.reprint(), key(job),
                job.createdAt(), job.createdAt()};
    }

    static PrintJob job(DbRow row) {
        Optional<UUID> claim = optionalUuid(row, "claim_id");
        Optional<String> lastError = optionalText(row, "last_error");
        // Handed out (a claim without a failure since) and not confirmed: sent, until the lease runs out.
        var sentUntil = claim.isPresent() && lastError.isEmpty()
                ? Optional.of(instant(row, "next_attempt_at")) : Optional.<java.time.Instant>empty();
        return new PrintJob(uuid(row, "id"), new RestaurantId(uuid(row, "restaurant_id")),
                new PrinterId(uuid(row, "printer_id")), enumValue(row, "ticket_kind", PrintJobKind.class),
                optionalUuid(row, "order_id").map(OrderId::new), optionalLong(row, "order_number"),
                optionalUuid(row, "station_id"), intValue(row, "reprint"), intValue(row, "handouts"),
                text(row, "status"), intValue(row, "attempts"), instant(row, "created_at"), sentUntil, lastError,
                optionalInstant(row, "sent_at"), optionalInstant(row, "requeued_at"));
    }
}
