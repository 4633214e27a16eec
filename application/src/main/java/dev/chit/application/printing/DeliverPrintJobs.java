package dev.chit.application.printing;

import dev.chit.application.delivery.Courier;
import dev.chit.application.delivery.DeliveryLoop;
import dev.chit.application.delivery.RetryPolicy;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.port.Printers;
import dev.chit.domain.port.TicketPrinters;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintOutcome;
import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterConnection;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The print queue's sender, on the one {@link DeliveryLoop}: each job of a network printer is
 * printed when no earlier job of that printer waits (tickets print in order); a printer that is
 * off or out of paper keeps its jobs, tried every few seconds, until it is back; after
 * {@code failoverAfter} a job goes to the printer's backup. Each handout is counted before the
 * ticket goes out, so that a ticket that may have printed is marked {@code REPRINT} the next
 * time. Printers are recorded as they answered; managers are emailed about a printer that has
 * held jobs for {@code alertAfter}.
 */
public final class DeliverPrintJobs {

    private final DeliveryLoop<PrintJob> loop;
    private final Printers printers;
    private final Transactions transactions;
    private final Clock clock;
    private final PrintSettings settings;
    private final BiConsumer<RestaurantId, Printer> alert;

    /** @param alert tells the restaurant's managers of a printer holding jobs, inside the caller's transaction */
    public DeliverPrintJobs(PrintJobs jobs, Printers printers, TicketWriter writer, TicketPrinters ticketPrinters,
                            Transactions transactions, Clock clock, PrintSettings settings,
                            BiConsumer<RestaurantId, Printer> alert) {
        this.printers = printers;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.alert = alert;
        // A ticket is worth printing late rather than never: tried every few seconds for a day.
        RetryPolicy policy = new RetryPolicy(settings.retryEvery(), settings.retryEvery(), Duration.ofHours(24),
                settings.lease(), 20);
        this.loop = new DeliveryLoop<>("print", jobs,
                new Tickets(jobs, printers, writer, ticketPrinters, transactions, clock, settings), transactions,
                clock, policy);
    }

    /** Prints what is due, then emails managers about printers holding jobs too long; answers how many printed. */
    /** The server is stopping: what is claimed and not begun goes back to the queue (see {@link DeliveryLoop#stop}). */
    public void stop() {
        loop.stop();
    }

    public int deliverDue() {
        int printed = loop.deliverDue();
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            var held = printers.heldSinceBeforeUntold(now.minus(settings.alertAfter()), now);
            held.forEach(printer -> alert.accept(printer.restaurantId(), printer));
            return held;
        });
        return printed;
    }

    private record Tickets(PrintJobs jobs, Printers printers, TicketWriter writer, TicketPrinters ticketPrinters,
                           Transactions transactions, Clock clock, PrintSettings settings) implements Courier<PrintJob> {

        @Override
        public Carried carry(PrintJob job) {
            Optional<Printer> found = transactions.inTransaction(() -> printers.find(job.printerId()));
            if (found.isEmpty()) {
                return new Carried.Vanished();
            }
            if (transactions.inTransaction(() -> jobs.earlierPending(job))) {
                return Carried.failed("waiting for an earlier ticket of " + found.get().name(), false);
            }
            Printer printer = found.get();
            boolean overdue = !clock.instant().isBefore(job.createdAt().plus(settings.failoverAfter()));
            Optional<Printer> backup = overdue ? backupOf(printer) : Optional.empty();
            if (backup.isPresent() && printer.status().holdsJobs()) {
                return moveAndPrint(job, backup.get());
            }
            Carried carried = print(job, printer);
            if (carried instanceof Carried.Failed && backup.isPresent()) {
                return moveAndPrint(job, backup.get());
            }
            return carried;
        }

        private Optional<Printer> backupOf(Printer printer) {
            return printer.backupPrinterId().flatMap(id -> transactions.inTransaction(() -> printers.find(id)));
        }

        private Carried moveAndPrint(PrintJob job, Printer backup) {
            String channel = backup.connection().channel();
            transactions.inTransaction(() -> {
                jobs.moveTo(job.id(), backup.id(), channel);
                return backup;
            });
            if (!channel.equals(PrinterConnection.EscPosTcp.CHANNEL)) {
                // The backup fetches its jobs itself (CloudPRNT): the job waits for its poll.
                return new Carried.Vanished();
            }
            return print(job.on(backup.id()), backup);
        }

        private Carried print(PrintJob job, Printer printer) {
            if (!(printer.connection() instanceof PrinterConnection.EscPosTcp tcp)) {
                return new Carried.Vanished();
            }
            Optional<PaperTicket> paper = transactions.inTransaction(() -> writer.write(job, printer.width()));
            if (paper.isEmpty()) {
                return Carried.failed("the order or restaurant no longer exists", true);
            }
            // Counted before the ticket goes out: a crash after it may have printed marks the next one a reprint.
            transactions.inTransaction(() -> {
                jobs.handouts(job.id(), 1);
                return job;
            });
            PrintOutcome outcome = ticketPrinters.print(tcp.address(), paper.get(), printer.copies());
            Instant now = clock.instant();
            transactions.inTransaction(() -> {
                if (!outcome.sent()) {
                    jobs.handouts(job.id(), -1);
                }
                printers.seen(printer.seen(outcome.status(), now, outcome.heard()));
                return outcome;
            });
            return outcome.printed() ? Carried.delivered() : Carried.failed(outcome.detail(), false);
        }

        @Override
        public String describe(PrintJob job) {
            return "kind=" + job.kind() + " printerId=" + job.printerId() + " shortId=" + job.shortId()
                    + job.orderNumber().map(n -> " order=" + n).orElse("");
        }
    }
}
