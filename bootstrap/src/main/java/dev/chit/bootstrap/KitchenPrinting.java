package dev.chit.bootstrap;

import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.printing.EscPosPrinters;
import dev.chit.adapters.printing.PrinterTimeouts;
import dev.chit.application.notifications.ManagerAlerts;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.printing.CloudPrnt;
import dev.chit.application.printing.DeliverPrintJobs;
import dev.chit.application.printing.ManagePrinters;
import dev.chit.application.printing.PrinterNetworks;
import dev.chit.application.printing.PrintingEventPublisher;
import dev.chit.application.printing.QueueTickets;
import dev.chit.application.printing.ReprintTickets;
import dev.chit.application.printing.StationNames;
import dev.chit.application.printing.TicketWriter;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.station.Station;
import dev.chit.domain.station.StationId;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Kitchen printers: the publisher that writes each accepted (or cancelled) order's tickets in
 * its transaction, the print queue's sender over ESC/POS, CloudPRNT's polls, and the managers'
 * setup. A printer holding jobs for minutes is logged, and emailed to managers when email is on.
 *
 * @param events the publisher every use case publishes its order events to
 */
record KitchenPrinting(OrderEventPublisher events, ManagePrinters manage, ReprintTickets reprint, CloudPrnt cloudPrnt,
                       DeliverPrintJobs delivery) {

    private static final Logger LOG = Logger.getLogger(KitchenPrinting.class.getName());

    static KitchenPrinting wire(PrintingSettings settings, OrderEventPublisher events, Database database,
                                PasswordHasher passwords, Optional<ManagerAlerts> alerts, IdGenerator ids, Clock clock) {
        var networks = settings.networks().isBlank() ? PrinterNetworks.anywhere()
                : PrinterNetworks.parse(settings.networks());
        StationNames stations = restaurantId -> database.stations().of(restaurantId).stations().stream()
                .collect(Collectors.toMap(station -> station.id().value(), Station::name));
        var queue = new QueueTickets(database.printers(), database.printJobs(), ids, clock,
                line -> line.stationIds().stream().map(StationId::value).toList());
        var publisher = new PrintingEventPublisher(events, database.orders(), database.restaurants(), queue, clock);
        var writer = new TicketWriter(database.orders(), database.restaurants(), stations);
        var manage = new ManagePrinters(database.restaurants(), database.printers(), database.printJobs(), stations,
                networks, passwords, database.transactions(), ids, clock);
        var reprint = new ReprintTickets(new ViewOrder(database.orders()), queue, stations, database.transactions());
        var cloudPrnt = new CloudPrnt(database.printers(), database.printJobs(), writer, passwords,
                database.transactions(), clock, settings.queue());
        var delivery = new DeliverPrintJobs(database.printJobs(), database.printers(), writer,
                new EscPosPrinters(PrinterTimeouts.standard()), database.transactions(), clock, settings.queue(),
                (restaurantId, printer) -> {
                    LOG.warning(() -> "event=managers-alert kind=printer-holding-jobs restaurantId=" + restaurantId
                            + " printerId=" + printer.id() + " status=" + printer.status()
                            + " delivery=" + (alerts.isPresent() ? "email" : "log-only"));
                    alerts.ifPresent(email -> email.printerHoldingJobs(restaurantId, printer.name()));
                });
        LOG.info(() -> "event=printing-on printerNetworks=" + networks);
        return new KitchenPrinting(publisher, manage, reprint, cloudPrnt, delivery);
    }
}
