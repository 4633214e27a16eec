package dev.chit.adapters.persistence.printing;

import dev.chit.adapters.persistence.queue.LeasedQueue;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintJobStatus;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;

/**
 * The print queue in {@code print_jobs}; see {@code V100__printers.sql}. Jobs of network printers
 * are claimed, retried and given up on by the one {@link LeasedQueue}; a CloudPRNT printer's jobs
 * are handed out to its polls one at a time, oldest first, under the same lease.
 */
public final class SqlPrintJobs implements PrintJobs {

    private final Statements sql;
    private final LeasedQueue queue;
    private final boolean skipLocked;

    public SqlPrintJobs(Statements sql, boolean skipLocked) {
        this.sql = sql;
        this.skipLocked = skipLocked;
        this.queue = new LeasedQueue(sql, skipLocked, PrintJobRows.QUEUE);
    }

    @Override
    public boolean enqueue(PrintJob job, String channel) {
        if (!sql.query("print-job-key", PrintJobRows.KEY_TAKEN, PrintJobRows.key(job)).isEmpty()) {
            return false;
        }
        sql.update("print-job-insert", PrintJobRows.INSERT, PrintJobRows.insertParams(job, channel));
        return true;
    }

    @Override
    public Optional<PrintJob> find(UUID id) {
        return sql.get("print-job", PrintJobRows.FIND, id).map(PrintJobRows::job);
    }

    @Override
    public List<PrintJob> of(RestaurantId restaurantId, Optional<PrintJobStatus> status, Instant now, int limit) {
        String stored = status.map(s -> switch (s) {
            case QUEUED, SENT -> " AND status = 'PENDING'";
            case PRINTED -> " AND status = 'PRINTED'";
            case FAILED -> " AND status = 'DEAD'";
        }).orElse("");
        return sql.query("print-jobs-of", PrintJobRows.OF + stored + PrintJobRows.NEWEST_FIRST,
                        restaurantId.value(), limit).stream()
                .map(PrintJobRows::job)
                .filter(job -> status.isEmpty() || job.status(now) == status.get())
                .toList();
    }

    @Override
    public boolean earlierPending(PrintJob job) {
        return !sql.query("print-job-earlier", PrintJobRows.EARLIER_PENDING, job.printerId().value(), job.createdAt(),
                job.createdAt(), job.id()).isEmpty();
    }

    @Override
    public void handouts(UUID jobId, int change) {
        sql.update("print-job-handouts", PrintJobRows.HANDOUTS, change, jobId);
    }

    @Override
    public void moveTo(UUID jobId, PrinterId printer, String channel) {
        sql.update("print-job-move", PrintJobRows.MOVE, printer.value(), channel, jobId);
    }

    @Override
    public int reprintsOf(OrderId orderId, Optional<UUID> stationId) {
        var row = stationId.isPresent()
                ? sql.get("print-job-reprints", PrintJobRows.REPRINTS, orderId.value(), stationId.get())
                : sql.get("print-job-reprints-of-order", PrintJobRows.REPRINTS_OF_ORDER, orderId.value());
        return row.map(r -> (int) longValue(r, "n")).orElse(0);
    }

    @Override
    public List<PrintJob> newTicketsOf(OrderId orderId) {
        return sql.query("print-job-new-tickets", PrintJobRows.NEW_TICKETS, orderId.value()).stream()
                .map(PrintJobRows::job).toList();
    }

    @Override
    public boolean holdsJobs(PrinterId printerId) {
        return !sql.query("print-jobs-held", PrintJobRows.HOLDS, printerId.value()).isEmpty();
    }

    @Override
    public Optional<Leased<PrintJob>> handOut(PrinterId printer, Instant now, Duration lease) {
        return sql.inTransaction(() -> {
            var oldest = sql.get("print-job-oldest", PrintJobRows.OLDEST_PENDING + (skipLocked ? " FOR UPDATE" : ""),
                    printer.value());
            if (oldest.isEmpty()) {
                return Optional.<Leased<PrintJob>>empty();
            }
            PrintJob job = PrintJobRows.job(oldest.get());
            if (job.sentUntil().filter(now::isBefore).isPresent()) {
                // Handed out and not confirmed yet: the printer asks again, it gets the same job.
                return Optional.of(new Leased<>(job, optionalUuid(oldest.get(), "claim_id").orElseThrow()));
            }
            UUID token = UUID.randomUUID();
            long claimed = sql.update("print-job-hand-out", PrintJobRows.HAND_OUT, now.plus(lease), token,
                    job.id(), now, job.attempts());
            return claimed == 1 ? find(job.id()).map(handed -> new Leased<>(handed, token))
                    : Optional.<Leased<PrintJob>>empty();
        });
    }

    @Override
    public Optional<PrintJob> handedOut(PrinterId printer, UUID token) {
        return sql.get("print-job-handed-out", PrintJobRows.HANDED_OUT, printer.value(), token).map(PrintJobRows::job);
    }

    @Override
    public boolean confirmed(PrinterId printer, UUID token, Instant at) {
        return sql.update("print-job-confirmed", PrintJobRows.CONFIRMED, at, printer.value(), token) == 1;
    }

    @Override
    public boolean refused(PrinterId printer, UUID token, String error, Instant at) {
        return sql.update("print-job-refused", PrintJobRows.REFUSED, at, Attempt.bounded(error),
                printer.value(), token) == 1;
    }

    @Override
    public List<Leased<PrintJob>> claimDue(Instant now, Duration lease, int limit) {
        return queue.claimDue(now, lease, limit, PrintJobRows::job);
    }

    @Override
    public boolean delivered(Leased<PrintJob> leased, Attempt attempt) {
        return queue.delivered(leased, attempt);
    }

    @Override
    public boolean retryAt(Leased<PrintJob> leased, Attempt attempt, Instant nextAttemptAt) {
        return queue.retryAt(leased, attempt, nextAttemptAt);
    }

    @Override
    public boolean dead(Leased<PrintJob> leased, Attempt attempt) {
        return queue.dead(leased, attempt);
    }

    @Override
    public boolean release(Leased<PrintJob> leased, Instant now) {
        return queue.release(leased, now);
    }
}
