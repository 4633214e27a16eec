package dev.chit.domain.port;

import dev.chit.domain.delivery.Leased;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintJobStatus;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The print queue: jobs sent by Chit to network printers (the {@link DeliveryQueue}) and jobs
 * fetched by printers that poll (CloudPRNT), one table. A job is PENDING until a printer
 * confirms it, then PRINTED; given up on, DEAD.
 */
public interface PrintJobs extends DeliveryQueue<PrintJob> {

    /** Writes the job in the caller's transaction; @return false when the same job (order, station, printer, kind, reprint) is there already */
    boolean enqueue(PrintJob job, String channel);

    Optional<PrintJob> find(UUID id);

    /** The restaurant's jobs, newest first, with that status if given. */
    List<PrintJob> of(RestaurantId restaurantId, Optional<PrintJobStatus> status, Instant now, int limit);

    /** Whether a job of the printer written before {@code job} is still to print: jobs print in order. */
    boolean earlierPending(PrintJob job);

    /** Counts a handout before the ticket goes out (+1), or takes it back when nothing was sent (-1). */
    void handouts(UUID jobId, int change);

    /** Moves a pending job to another printer, served from {@code channel}. */
    void moveTo(UUID jobId, PrinterId printer, String channel);

    /** How many jobs of {@code kind REPRINT} the order's station has had, for the next one's number. */
    int reprintsOf(OrderId orderId, Optional<UUID> stationId);

    /** Whether the order has had a ticket (NEW) on any printer, for its CANCELLED ticket. */
    List<PrintJob> newTicketsOf(OrderId orderId);

    /** Whether the printer has jobs waiting. */
    boolean holdsJobs(PrinterId printerId);

    /**
     * For a printer that polls: the oldest due job of {@code printer}, claimed until
     * {@code now + lease} under a fresh token, its claim (counted as a handout), or none. A job
     * handed out and not confirmed yet is handed out again under the same token.
     */
    Optional<Leased<PrintJob>> handOut(PrinterId printer, Instant now, Duration lease);

    /** The job handed out under {@code token} to {@code printer}, while it is still pending. */
    Optional<PrintJob> handedOut(PrinterId printer, UUID token);

    /** The printer confirmed the job handed out under {@code token}: printed. @return whether it was pending */
    boolean confirmed(PrinterId printer, UUID token, Instant at);

    /** The printer said it did not print it: due again at once. */
    boolean refused(PrinterId printer, UUID token, String error, Instant at);
}
