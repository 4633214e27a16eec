package dev.chit.domain.printing;

import dev.chit.domain.delivery.Queued;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One ticket to print on one printer: for an order's station (or the whole order), a reprint,
 * or a test. Written in the transaction that accepts (or cancels) the order, so it exists exactly
 * when the change does, and at most once per order, station, printer and kind (and reprint
 * number). {@code id} is the same on every attempt; its {@link #shortId()} is printed at the foot.
 *
 * @param reprint   the n of {@code REPRINT n} for a reprint asked for; 0 otherwise
 * @param handouts  how many times the ticket was handed to a printer that may have printed it
 *                  (counted before it is handed out): a later handout carries a reprint banner
 * @param queueStatus {@code PENDING}, {@code PRINTED} or {@code DEAD}, as the queue keeps it
 * @param sentUntil while handed out and not confirmed, until when (the lease)
 */
public record PrintJob(
        UUID id,
        RestaurantId restaurantId,
        PrinterId printerId,
        PrintJobKind kind,
        Optional<OrderId> orderId,
        Optional<Long> orderNumber,
        Optional<UUID> stationId,
        int reprint,
        int handouts,
        String queueStatus,
        int attempts,
        Instant createdAt,
        Optional<Instant> sentUntil,
        Optional<String> lastError,
        Optional<Instant> printedAt,
        Optional<Instant> requeuedAt) implements Queued {

    public static final String PENDING = "PENDING";
    public static final String PRINTED = "PRINTED";
    public static final String DEAD = "DEAD";

    public PrintJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(printerId, "printerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(queueStatus, "queueStatus");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sentUntil, "sentUntil");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(requeuedAt, "requeuedAt");
    }

    /** A new job, due at once. */
    public static PrintJob queued(UUID id, RestaurantId restaurantId, PrinterId printerId, PrintJobKind kind,
                                  Optional<OrderId> orderId, Optional<Long> orderNumber, Optional<UUID> stationId,
                                  int reprint, Instant at) {
        return new PrintJob(id, restaurantId, printerId, kind, orderId, orderNumber, stationId, reprint, 0, PENDING,
                0, at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The 8 characters printed at the foot of the ticket: the random end of the id, not its time-ordered start. */
    public String shortId() {
        String hex = id.toString().replace("-", "");
        return hex.substring(hex.length() - 8).toUpperCase(Locale.ROOT);
    }

    /**
     * The n of the {@code REPRINT n} banner for the next handout, when it has one: a reprint asked
     * for, or a ticket handed out before (which may have printed).
     */
    public Optional<Integer> reprintBanner() {
        int n = reprint + handouts;
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    /** The job as it was before its latest handout was counted: what that handout's ticket says. */
    public PrintJob beforeLatestHandout() {
        return new PrintJob(id, restaurantId, printerId, kind, orderId, orderNumber, stationId, reprint,
                Math.max(0, handouts - 1), queueStatus, attempts, createdAt, sentUntil, lastError, printedAt,
                requeuedAt);
    }

    /** The same job on another printer. */
    public PrintJob on(PrinterId printer) {
        return new PrintJob(id, restaurantId, printer, kind, orderId, orderNumber, stationId, reprint, handouts,
                queueStatus, attempts, createdAt, sentUntil, lastError, printedAt, requeuedAt);
    }

    public PrintJobStatus status(Instant now) {
        return switch (queueStatus) {
            case PRINTED -> PrintJobStatus.PRINTED;
            case DEAD -> PrintJobStatus.FAILED;
            default -> sentUntil.filter(now::isBefore).isPresent() ? PrintJobStatus.SENT : PrintJobStatus.QUEUED;
        };
    }
}
