package dev.chit.adapters.export;

import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SalesSummary.ItemSales;
import dev.chit.domain.report.SalesSummary.Slice;
import dev.chit.domain.report.SalesSummary.Totals;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The sales summary as CSV: one section per table, each a title row, a header row, its rows,
 * and an empty row after. Amounts are decimals in the currency's major unit, as in exports.
 */
final class SummaryCsv {

    private SummaryCsv() {
    }

    static byte[] render(SalesSummary summary) {
        StringWriter text = new StringWriter();
        Currency currency = summary.currency();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            section(csv, "Summary", List.of("restaurant", "from", "to", "timeZone", "currency"),
                    List.of(List.of(Cells.text(summary.restaurantName()), summary.period().from().toString(),
                            summary.period().to().toString(), summary.zone().getId(), currency.getCurrencyCode())));
            List<List<String>> statuses = new ArrayList<>();
            for (OrderStatus status : OrderStatus.ofPlacedOrders()) {
                statuses.add(List.of(status.name(), Long.toString(summary.ordersByStatus().getOrDefault(status, 0L))));
            }
            section(csv, "Orders by status", List.of("status", "orders"), statuses);
            section(csv, "Sales", List.of("figure", "amount"), totals(summary.totals(), currency));
            section(csv, "By fulfillment", List.of("fulfillment", "orders", "netSales", "collected"),
                    slices(summary.byFulfillment(), currency));
            section(csv, "By hour", List.of("hour", "orders", "netSales", "collected"),
                    slices(summary.byHour(), currency));
            section(csv, "By day", List.of("day", "orders", "netSales", "collected"), slices(summary.byDay(), currency));
            section(csv, "Top items by quantity", List.of("item", "quantity", "revenue"),
                    items(summary.topItemsByQuantity(), currency));
            section(csv, "Top items by revenue", List.of("item", "quantity", "revenue"),
                    items(summary.topItemsByRevenue(), currency));
            section(csv, "Kitchen", List.of("figure", "value"), kitchen(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(CSVPrinter csv, String title, List<String> header, List<List<String>> rows)
            throws IOException {
        csv.printRecord(title);
        csv.printRecord(header);
        for (List<String> row : rows) {
            csv.printRecord(row);
        }
        csv.println();
    }

    static List<List<String>> totals(Totals totals, Currency currency) {
        return List.of(
                List.of("Orders counted", Long.toString(totals.orders())),
                List.of("Gross sales", Cells.amount(totals.grossSales(), currency)),
                List.of("Discounts", Cells.amount(totals.discounts(), currency)),
                List.of("Net sales", Cells.amount(totals.netSales(), currency)),
                List.of("Service fees", Cells.amount(totals.serviceFees(), currency)),
                List.of("Delivery fees", Cells.amount(totals.deliveryFees(), currency)),
                List.of("Tax", Cells.amount(totals.tax(), currency)),
                List.of("Tips", Cells.amount(totals.tips(), currency)),
                List.of("Refunds", Cells.amount(totals.refunds(), currency)),
                List.of("Total collected", Cells.amount(totals.totalCollected(), currency)),
                List.of("Average ticket", Cells.amount(totals.averageTicket(), currency)));
    }

    private static List<List<String>> slices(List<Slice> slices, Currency currency) {
        return slices.stream().map(slice -> List.of(slice.key(), Long.toString(slice.orders()),
                Cells.amount(slice.netSales(), currency), Cells.amount(slice.totalCollected(), currency))).toList();
    }

    private static List<List<String>> items(List<ItemSales> items, Currency currency) {
        return items.stream().map(item -> List.of(Cells.text(item.name()), Long.toString(item.quantity()),
                Cells.amount(item.revenue(), currency))).toList();
    }

    static List<List<String>> kitchen(SalesSummary summary) {
        return List.of(
                List.of("Missed orders (rejected by the system)", Long.toString(summary.missedOrders())),
                List.of("Cancellations", Long.toString(summary.cancellations())),
                List.of("Average prep minutes (accepted to ready)", summary.averagePrepSeconds()
                        .map(seconds -> "%.1f".formatted(seconds / 60.0)).orElse("")),
                List.of("Ready by the promised time", summary.readyOnTimeShare()
                        .map(share -> "%.0f%%".formatted(share * 100)).orElse("")));
    }
}
