package dev.chit.application.printing;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.printing.PaperTicket;
import dev.chit.domain.printing.PaperWidth;
import dev.chit.domain.printing.PrintJob;
import dev.chit.domain.printing.PrintJobKind;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.station.StationId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a print job's ticket from its order as stored (the same order on every retry), for the
 * width of the printer it goes to. A station's ticket holds that station's lines; a ticket for no
 * station holds them all.
 */
public final class TicketWriter {

    private final Orders orders;
    private final Restaurants restaurants;
    private final StationNames stations;

    public TicketWriter(Orders orders, Restaurants restaurants, StationNames stations) {
        this.orders = orders;
        this.restaurants = restaurants;
        this.stations = stations;
    }

    /** The ticket, or empty when its order or restaurant is gone. Call inside a transaction. */
    public Optional<PaperTicket> write(PrintJob job, PaperWidth width) {
        return ticket(job).map(ticket -> TicketLayout.layOut(job.id().toString(), ticket, width));
    }

    Optional<StationTicket> ticket(PrintJob job) {
        Optional<Integer> banner = job.reprintBanner();
        if (job.kind() == PrintJobKind.TEST) {
            return Optional.of(new StationTicket(PrintJobKind.TEST, Optional.empty(), 0, "", Optional.empty(),
                    List.of(), Optional.empty(), job.shortId(), banner));
        }
        Optional<Order> order = job.orderId().flatMap(orders::find);
        Optional<Restaurant> restaurant = order.flatMap(o -> restaurants.find(o.restaurantId()));
        if (order.isEmpty() || restaurant.isEmpty()) {
            return Optional.empty();
        }
        Order o = order.get();
        Optional<String> stationName = job.stationId().map(id -> stations.of(o.restaurantId()).get(id));
        List<StationTicket.Line> lines = o.lines().stream()
                .filter(line -> job.stationId().map(station -> makes(line, station)).orElse(true))
                .map(TicketWriter::line).toList();
        return Optional.of(new StationTicket(job.kind(), stationName, o.number(), fulfillment(o),
                Optional.of(o.estimatedReadyAt().atZone(restaurant.get().timezone())), lines, o.notes(),
                job.shortId(), banner));
    }

    /** Whether the station makes the line (its stations were fixed on it when the order was placed). */
    static boolean makes(OrderLine line, UUID station) {
        return line.isFor(new StationId(station));
    }

    private static StationTicket.Line line(OrderLine line) {
        return new StationTicket.Line(line.quantity(), line.name(),
                line.options().stream().map(QuotedOption::name).toList(), line.note());
    }

    private static String fulfillment(Order order) {
        return switch (order.fulfillment().type()) {
            case DINE_IN -> "Table " + order.fulfillment().table().orElse("?");
            case PICKUP -> "Pickup: " + order.customer().name();
            case DELIVERY -> "Delivery: " + order.customer().name();
        };
    }
}
