package dev.chit.adapters.web.receipts;

import dev.chit.adapters.web.checkout.CartJson.FulfillmentJson;
import dev.chit.application.receipts.PaperText;
import dev.chit.application.receipts.PrintedLine;
import dev.chit.application.receipts.Receipt;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.OrderTotals;
import dev.chit.domain.order.PaymentStatus;

import dev.chit.adapters.web.checkout.TaxJson;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The receipt as JSON: amounts in minor units like everywhere in the API, and beside them
 * ({@code formatted}) as the paper receipt writes them; the time on the restaurant's clock, to the
 * millisecond like every time in the API.
 */
record ReceiptJson(
        UUID orderId,
        long number,
        RestaurantJson restaurant,
        String placedAt,
        String timezone,
        String customerName,
        FulfillmentJson fulfillment,
        List<LineJson> lines,
        String notes,
        long subtotal,
        long tax,
        long serviceFee,
        long deliveryFee,
        long tip,
        long discount,
        long total,
        long refunded,
        String currency,
        OrderStatus status,
        PaymentStatus paymentStatus,
        Map<String, String> formatted,
        List<TaxJson> taxes,
        boolean taxIncluded) {

    static ReceiptJson of(Receipt receipt) {
        OrderTotals totals = receipt.totals();
        Map<String, String> formatted = new LinkedHashMap<>();
        formatted.put("placedAt", PaperText.dateTime(receipt.placedAt()));
        formatted.put("subtotal", PaperText.money(totals.subtotal()));
        formatted.put("tax", PaperText.money(totals.tax()));
        formatted.put("serviceFee", PaperText.money(totals.serviceFee()));
        formatted.put("deliveryFee", PaperText.money(totals.deliveryFee()));
        formatted.put("tip", PaperText.money(totals.tip()));
        formatted.put("discount", PaperText.money(totals.discount()));
        formatted.put("total", PaperText.money(totals.total()));
        formatted.put("refunded", PaperText.money(receipt.refunded()));
        formatted.put("paymentStatus", PaperText.payment(receipt.paymentStatus()));
        return new ReceiptJson(receipt.orderId().value(), receipt.number(),
                new RestaurantJson(receipt.restaurantName(), receipt.restaurantAddress().orElse(null)),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(receipt.placedAt().truncatedTo(ChronoUnit.MILLIS)),
                receipt.placedAt().getZone().getId(),
                receipt.customerName(),
                FulfillmentJson.of(receipt.fulfillment()),
                receipt.lines().stream().map(LineJson::of).toList(), receipt.notes().orElse(null),
                totals.subtotal().minorUnits(), totals.tax().minorUnits(), totals.serviceFee().minorUnits(),
                totals.deliveryFee().minorUnits(), totals.tip().minorUnits(), totals.discount().minorUnits(),
                totals.total().minorUnits(), receipt.refunded().minorUnits(), receipt.currency().getCurrencyCode(),
                receipt.status(), receipt.paymentStatus(), formatted, TaxJson.of(totals.taxes()),
                totals.taxIncluded());
    }

    record RestaurantJson(String name, String address) {
    }

    record LineJson(String name, int quantity, long unitPrice, List<OptionJson> options, String note, long lineTotal,
                    String formattedLineTotal, int refundedQuantity) {

        static LineJson of(PrintedLine line) {
            return new LineJson(line.name(), line.quantity(), line.unitPrice().minorUnits(),
                    line.options().stream().map(OptionJson::of).toList(), line.note().orElse(null),
                    line.lineTotal().minorUnits(), PaperText.money(line.lineTotal()), line.refundedQuantity());
        }
    }

    record OptionJson(String name, long priceDelta) {

        static OptionJson of(PrintedLine.Option option) {
            return new OptionJson(option.name(), option.priceDelta().minorUnits());
        }
    }
}
