package dev.chit.adapters.export;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderTotals;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The export's CSV columns, by version ({@code columns=v1}, the default, or {@code v2}):
 * documented in docs/exports-and-reports.md and the OpenAPI document, and kept stable; a change is
 * a new version. Version 2 is version 1 with columns added at the end of the line's and of the
 * money's, so a reader of v1 finds each of its columns under the same name.
 * {@code rows=lines} writes the order's columns, the line's, then the order's money on every
 * line of the order; {@code rows=orders} writes one row per order with its items summarised in
 * one cell.
 */
final class ExportColumns {

    static final ExportColumns V1 = new ExportColumns(false);
    /** v1, and each line's refunded quantity, stations and bump; the order's taxes by rate and whether it is disputed. */
    static final ExportColumns V2 = new ExportColumns(true);

    static final List<String> ORDER = List.of("orderId", "number", "status", "paymentStatus", "fulfillment",
            "placedAt", "acceptedAt", "readyAt", "completedAt", "scheduledFor", "table", "deliveryLine1",
            "deliveryLine2", "deliveryCity", "deliveryRegion", "deliveryPostalCode", "deliveryCountry",
            "deliveryInstructions", "customerName", "customerEmail", "customerPhone", "notes");
    static final List<String> LINE = List.of("linePosition", "itemId", "itemName", "options", "lineNote",
            "quantity", "unitPrice", "lineTotal");
    static final List<String> ITEMS = List.of("items", "itemCount");
    static final List<String> MONEY = List.of("subtotal", "serviceFee", "tax", "deliveryFee", "tip", "discount",
            "total", "refunded", "currency", "reason");
    static final List<String> LINE_SINCE_V2 = List.of("refundedQuantity", "stationIds", "doneAt");
    static final List<String> MONEY_SINCE_V2 = List.of("taxIncluded", "taxes", "disputed");

    private final boolean second;

    private ExportColumns(boolean second) {
        this.second = second;
    }

    List<String> header(boolean perLine) {
        List<String> header = new ArrayList<>(ORDER);
        if (perLine) {
            header.addAll(LINE);
            header.addAll(second ? LINE_SINCE_V2 : List.of());
        } else {
            header.addAll(ITEMS);
        }
        header.addAll(MONEY);
        header.addAll(second ? MONEY_SINCE_V2 : List.of());
        return header;
    }

    List<String> order(Order order, ZoneId zone) {
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

    List<String> line(OrderLine line, int position, ZoneId zone) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(position), line.menuItemId().value().toString(),
                Cells.text(line.name()), Cells.text(options(line)), Cells.text(line.note()),
                Integer.toString(line.quantity()), Cells.amount(line.unitPrice()), Cells.amount(line.lineTotal())));
        if (second) {
            cells.addAll(List.of(Integer.toString(line.refundedQuantity()),
                    line.stationIds().stream().map(station -> station.value().toString()).collect(Collectors.joining(";")),
                    Cells.time(line.doneAt(), zone)));
        }
        return cells;
    }

    List<String> items(Order order) {
        String items = order.lines().stream()
                .map(line -> line.quantity() + " x " + line.name()
                        + (line.options().isEmpty() ? "" : " (" + options(line) + ")"))
                .collect(Collectors.joining("; "));
        int count = order.lines().stream().mapToInt(OrderLine::quantity).sum();
        return List.of(Cells.text(items), Integer.toString(count));
    }

    List<String> money(Order order) {
        OrderTotals totals = order.totals();
        List<String> cells = new ArrayList<>(List.of(Cells.amount(totals.subtotal()),
                Cells.amount(totals.serviceFee()), Cells.amount(totals.tax()), Cells.amount(totals.deliveryFee()),
                Cells.amount(totals.tip()), Cells.amount(totals.discount()), Cells.amount(totals.total()),
                Cells.amount(order.refunded()), order.currency().getCurrencyCode(),
                Cells.text(Cells.endReason(order))));
        if (second) {
            cells.add(Boolean.toString(totals.taxIncluded()));
            cells.add(Cells.text(taxes(totals)));
            cells.add(Boolean.toString(order.disputed()));
        }
        return cells;
    }

    /** {@code food 7% 0.49; drinks 19% 3.61}: each rate's code, rate and tax, as the receipt shows them. */
    private static String taxes(OrderTotals totals) {
        return totals.taxes().stream()
                .map(tax -> tax.code() + " " + BigDecimal.valueOf(tax.basisPoints(), 2).stripTrailingZeros()
                        .toPlainString() + "% " + Cells.amount(tax.amount()))
                .collect(Collectors.joining("; "));
    }

    private static String options(OrderLine line) {
        return line.options().stream().map(option -> option.name()).collect(Collectors.joining(", "));
    }
}
