package dev.chit.adapters.export;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderTotals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The export's CSV columns, version 2 ({@code columns=v2}: version 1 and, last, {@code disputed}):
 * documented in docs/exports-and-reports.md and the OpenAPI document, and kept stable; a change is a
 * new version, and adds columns at the end only, so that a reader of an older version still finds
 * its columns where they were. {@code rows=lines} writes the
 * order's columns, the line's, then the order's money on every line of the order;
 * {@code rows=orders} writes one row per order with its items summarised in one cell.
 */
final class ExportColumns {

    static final String VERSION = "v2";

    static final List<String> ORDER = List.of("orderId", "number", "status", "paymentStatus", "fulfillment",
            "placedAt", "acceptedAt", "readyAt", "completedAt", "scheduledFor", "table", "deliveryLine1",
            "deliveryLine2", "deliveryCity", "deliveryRegion", "deliveryPostalCode", "deliveryCountry",
            "deliveryInstructions", "customerName", "customerEmail", "customerPhone", "notes");
    static final List<String> LINE = List.of("linePosition", "itemId", "itemName", "options", "lineNote",
            "quantity", "unitPrice", "lineTotal");
    static final List<String> ITEMS = List.of("items", "itemCount");
    static final List<String> MONEY = List.of("subtotal", "serviceFee", "tax", "deliveryFee", "tip", "discount",
            "total", "refunded", "currency", "reason", "disputed");

    private ExportColumns() {
    }

    static List<String> header(boolean perLine) {
        List<String> header = new ArrayList<>(ORDER);
        header.addAll(perLine ? LINE : ITEMS);
        header.addAll(MONEY);
        return header;
    }

    static List<String> order(Order order, ZoneId zone) {
        var fulfillment = order.fulfillment();
        var customer = order.customer();
        List<String> cells = new ArrayList<>(List.of(order.id().toString(), Long.toString(order.number()),
                order.status().name(), order.paymentStatus().name(), fulfillment.type().name(),
                Cells.time(order.placedAt(), zone), Cells.time(order.acceptedAt(), zone),
                Cells.time(order.readyAt(), zone), Cells.time(order.completedAt(), zone),
                Cells.time(order.scheduledFor(), zone), Cells.text(fulfillment.table())));
        cells.addAll(DeliveryAddressCells.of(fulfillment));
        cells.addAll(List.of(Cells.text(customer.name()), Cells.text(customer.email()), Cells.text(customer.phone()),
                Cells.text(order.notes())));
        return cells;
    }

    static List<String> line(OrderLine line, int position) {
        return List.of(Integer.toString(position), line.menuItemId().value().toString(), Cells.text(line.name()),
                Cells.text(options(line)), Cells.text(line.note()), Integer.toString(line.quantity()),
                Cells.amount(line.unitPrice()), Cells.amount(line.lineTotal()));
    }

    static List<String> items(Order order) {
        String items = order.lines().stream()
                .map(line -> line.quantity() + " x " + line.name()
                        + (line.options().isEmpty() ? "" : " (" + options(line) + ")"))
                .collect(Collectors.joining("; "));
        int count = order.lines().stream().mapToInt(OrderLine::quantity).sum();
        return List.of(Cells.text(items), Integer.toString(count));
    }

    static List<String> money(Order order) {
        OrderTotals totals = order.totals();
        return List.of(Cells.amount(totals.subtotal()), Cells.amount(totals.serviceFee()), Cells.amount(totals.tax()),
                Cells.amount(totals.deliveryFee()), Cells.amount(totals.tip()), Cells.amount(totals.discount()),
                Cells.amount(totals.total()), Cells.amount(order.refunded()), order.currency().getCurrencyCode(),
                Cells.text(Cells.endReason(order)), Boolean.toString(order.disputed()));
    }

    private static String options(OrderLine line) {
        return line.options().stream().map(option -> option.name()).collect(Collectors.joining(", "));
    }
}
