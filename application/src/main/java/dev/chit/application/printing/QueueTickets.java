package dev.chit.application.printing;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.port.Printers;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintJobKind;
import dev.chit.domain.printing.Printer;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes an order's print jobs in the caller's transaction: one per printer of every station
 * with lines of the order (and one per printer that names no station, for the whole order), per
 * kind. A job already written (the same order, station, printer, kind and reprint number) is not
 * written again, so a repeated call makes nothing twice.
 */
public final class QueueTickets {

    private final Printers printers;
    private final PrintJobs jobs;
    private final IdGenerator ids;
    private final Clock clock;
    private final Function<OrderLine, List<UUID>> stationsOfLine;

    /** @param stationsOfLine the stations that make a line, fixed on it when the order was placed */
    public QueueTickets(Printers printers, PrintJobs jobs, IdGenerator ids, Clock clock,
                        Function<OrderLine, List<UUID>> stationsOfLine) {
        this.printers = printers;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
        this.stationsOfLine = stationsOfLine;
    }

    /** The tickets of an order the kitchen starts on. */
    public void accepted(Order order) {
        Instant now = clock.instant();
        Set<UUID> stations = new LinkedHashSet<>();
        order.lines().forEach(line -> stations.addAll(stationsOfLine.apply(line)));
        for (Printer printer : printers.of(order.restaurantId())) {
            if (printer.stationIds().isEmpty()) {
                enqueue(printer, order, Optional.empty(), PrintJobKind.NEW, 0, now);
                continue;
            }
            for (UUID station : stations) {
                if (printer.stationIds().contains(station)) {
                    enqueue(printer, order, Optional.of(station), PrintJobKind.NEW, 0, now);
                }
            }
        }
    }

    /** A {@code CANCELLED} ticket on every printer the order had a ticket queued for. */
    public void cancelled(Order order) {
        Instant now = clock.instant();
        for (PrintJob printed : jobs.newTicketsOf(order.id())) {
            printers.find(printed.printerId()).ifPresent(printer ->
                    enqueue(printer, order, printed.stationId(), PrintJobKind.CANCELLED, 0, now));
        }
    }

    /**
     * A {@code REPRINT n} of the order's tickets (of one station, when given) on the printers
     * that print them; {@code n} counts the reprints of that station's ticket.
     *
     * @return the jobs written
     */
    public List<PrintJob> reprint(Order order, Optional<UUID> station) {
        Instant now = clock.instant();
        List<PrintJob> written = new java.util.ArrayList<>();
        // One number per station's ticket, however many printers print it.
        java.util.Map<Optional<UUID>, Integer> numbers = new java.util.HashMap<>();
        Set<UUID> stations = new LinkedHashSet<>();
        order.lines().forEach(line -> stations.addAll(stationsOfLine.apply(line)));
        for (Printer printer : printers.of(order.restaurantId())) {
            if (printer.stationIds().isEmpty()) {
                if (station.isEmpty()) {
                    written.add(reprint(printer, order, Optional.empty(), numbers, now));
                }
                continue;
            }
            for (UUID each : stations) {
                if (printer.stationIds().contains(each) && station.map(each::equals).orElse(true)) {
                    written.add(reprint(printer, order, Optional.of(each), numbers, now));
                }
            }
        }
        return written;
    }

    private PrintJob reprint(Printer printer, Order order, Optional<UUID> station,
                             java.util.Map<Optional<UUID>, Integer> numbers, Instant now) {
        int n = numbers.computeIfAbsent(station, s -> jobs.reprintsOf(order.id(), s) + 1);
        return enqueue(printer, order, station, PrintJobKind.REPRINT, n, now);
    }

    private PrintJob enqueue(Printer printer, Order order, Optional<UUID> station, PrintJobKind kind, int reprint,
                             Instant now) {
        PrintJob job = PrintJob.queued(ids.next(), order.restaurantId(), printer.id(), kind, Optional.of(order.id()),
                Optional.of(order.number()), station, reprint, now);
        jobs.enqueue(job, printer.connection().channel());
        return job;
    }
}
