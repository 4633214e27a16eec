package dev.chit.adapters.export;

import dev.chit.application.receipts.PaperText;
import dev.chit.application.receipts.PrintedLine;
import dev.chit.application.receipts.Receipt;
import dev.chit.domain.money.Money;

import java.time.format.DateTimeFormatter;

/** The receipt as a page a guest can read on screen, with a screen reader, or print. */
final class ReceiptPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;color:#111;background:#fff;margin:0;padding:1rem}
            main{max-width:32rem;margin:0 auto}
            h1{font-size:1.4rem;margin:0 0 .25rem}
            address{font-style:normal;color:#333}
            table{width:100%;border-collapse:collapse;margin:1rem 0}
            caption{text-align:left;font-weight:bold;padding:.25rem 0}
            th,td{padding:.25rem .25rem;vertical-align:top;text-align:left}
            thead th{border-bottom:1px solid #111}
            .amount{text-align:right;white-space:nowrap}
            .options{margin:.1rem 0 0 1rem;padding:0;list-style:none;color:#333}
            .note{margin:.1rem 0 0 1rem;font-style:italic}
            tr.total th,tr.total td{border-top:2px solid #111;font-weight:bold}
            @media print{body{padding:0;font-size:10pt}a{color:inherit;text-decoration:none}@page{margin:12mm}}
            """;

    private ReceiptPage() {
    }

    static String render(Receipt receipt) {
        StringBuilder html = new StringBuilder(4096);
        String title = "Receipt #" + receipt.number() + " - " + Html.escape(receipt.restaurantName());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<h1>").append(Html.escape(receipt.restaurantName())).append("</h1>\n");
        receipt.restaurantAddress().ifPresent(address ->
                html.append("<address>").append(Html.lines(address)).append("</address>\n"));
        html.append("</header>\n<section aria-label=\"Order\">\n")
                .append("<p>Order <strong class=\"number\">#").append(receipt.number()).append("</strong></p>\n")
                .append("<p><time datetime=\"").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(receipt.placedAt()))
                .append("\">").append(Html.escape(PaperText.dateTime(receipt.placedAt()))).append("</time></p>\n")
                .append("<p>For ").append(Html.escape(receipt.customerName())).append(" &middot; ")
                .append(Html.escape(PaperText.fulfillment(receipt.fulfillment())));
        receipt.fulfillment().table().ifPresent(table -> html.append(", table ").append(Html.escape(table)));
        html.append("</p>\n");
        receipt.fulfillment().address().ifPresent(address -> {
            html.append("<p class=\"delivery\">Deliver to: ").append(Html.lines(address.label())).append("</p>\n");
            address.instructions().ifPresent(instructions -> html.append("<p class=\"instructions\">For the driver: ")
                    .append(Html.lines(instructions)).append("</p>\n"));
        });
        html.append("</section>\n");
        lines(html, receipt);
        totals(html, receipt);
        receipt.notes().ifPresent(notes ->
                html.append("<p class=\"note\">Notes: ").append(Html.lines(notes)).append("</p>\n"));
        html.append("<p>Payment: <strong>").append(Html.escape(PaperText.payment(receipt.paymentStatus())))
                .append("</strong></p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void lines(StringBuilder html, Receipt receipt) {
        html.append("<table class=\"lines\">\n<caption>Items</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Qty</th><th scope=\"col\">Item</th><th scope=\"col\" class=\"amount\">Amount</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (PrintedLine line : receipt.lines()) {
            html.append("<tr><td>").append(line.quantity()).append("</td><td>").append(Html.escape(line.name()));
            if (line.quantity() > 1) {
                html.append(" <span class=\"each\">(").append(Html.escape(PaperText.money(line.unitPrice())))
                        .append(" each)</span>");
            }
            if (!line.options().isEmpty()) {
                html.append("<ul class=\"options\">");
                for (PrintedLine.Option option : line.options()) {
                    html.append("<li>+ ").append(Html.escape(option.name()));
                    if (!option.priceDelta().isZero()) {
                        html.append(" (").append(Html.escape(PaperText.money(option.priceDelta()))).append(")");
                    }
                    html.append("</li>");
                }
                html.append("</ul>");
            }
            line.note().ifPresent(note ->
                    html.append("<p class=\"note\">Note: ").append(Html.lines(note)).append("</p>"));
            if (line.refundedQuantity() > 0) {
                html.append("<p class=\"refunded\">").append(Html.escape(PaperText.refundedItems(line)))
                        .append("</p>");
            }
            html.append("</td><td class=\"amount\">").append(Html.escape(PaperText.money(line.lineTotal())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void totals(StringBuilder html, Receipt receipt) {
        html.append("<table class=\"totals\">\n<caption>Totals</caption>\n<tbody>\n");
        for (TotalsRows.Row row : TotalsRows.of(receipt)) {
            row(html, row.label(), row.amount(),
                    row.total() ? "total" : row.label().equals("Refunded") ? "refund" : "");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, String label, Money amount, String cssClass) {
        html.append("<tr").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append("><th scope=\"row\">")
                .append(label).append("</th><td class=\"amount\">").append(Html.escape(PaperText.money(amount)))
                .append("</td></tr>\n");
    }
}
