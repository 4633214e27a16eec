package dev.chit.adapters.export;

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
        ReceiptText words = ReceiptText.in(receipt.language());
        StringBuilder html = new StringBuilder(4096);
        String title = Html.escape(words.say("title", Long.toString(receipt.number()), receipt.restaurantName()));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(receipt.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<h1>").append(Html.escape(receipt.restaurantName())).append("</h1>\n");
        receipt.restaurantAddress().ifPresent(address ->
                html.append("<address>").append(Html.lines(address)).append("</address>\n"));
        html.append("</header>\n<section aria-label=\"").append(words.say("order")).append("\">\n")
                .append("<p>").append(words.say("orderNumber", Long.toString(receipt.number()))).append("</p>\n")
                .append("<p><time datetime=\"").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(receipt.placedAt()))
                .append("\">").append(Html.escape(words.dateTime(receipt.placedAt()))).append("</time></p>\n")
                .append("<p>").append(Html.escape(words.say("for", receipt.customerName()))).append(" &middot; ")
                .append(Html.escape(words.fulfillment(receipt.fulfillment())));
        receipt.fulfillment().table().ifPresent(table -> html.append(", ")
                .append(Html.escape(words.say("table", table))));
        html.append("</p>\n");
        receipt.fulfillment().address().ifPresent(address -> {
            html.append("<p class=\"delivery\">").append(words.say("deliverTo")).append(' ')
                    .append(Html.lines(address.label())).append("</p>\n");
            address.instructions().ifPresent(instructions -> html.append("<p class=\"instructions\">")
                    .append(words.say("driver")).append(' ')
                    .append(Html.lines(instructions)).append("</p>\n"));
        });
        html.append("</section>\n");
        lines(html, receipt, words);
        totals(html, receipt, words);
        receipt.notes().ifPresent(notes -> html.append("<p class=\"note\">").append(words.say("notes")).append(' ')
                .append(Html.lines(notes)).append("</p>\n"));
        html.append("<p>").append(words.say("payment")).append(" <strong>")
                .append(Html.escape(words.payment(receipt.paymentStatus())))
                .append("</strong></p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void lines(StringBuilder html, Receipt receipt, ReceiptText words) {
        html.append("<table class=\"lines\">\n<caption>").append(words.say("items")).append("</caption>\n<thead><tr>")
                .append("<th scope=\"col\">").append(words.say("qty")).append("</th><th scope=\"col\">")
                .append(words.say("item")).append("</th><th scope=\"col\" class=\"amount\">")
                .append(words.say("amount")).append("</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (PrintedLine line : receipt.lines()) {
            html.append("<tr><td>").append(line.quantity()).append("</td><td>").append(Html.escape(line.name()));
            if (line.quantity() > 1) {
                html.append(" <span class=\"each\">")
                        .append(Html.escape(words.say("each", words.money(line.unitPrice())))).append("</span>");
            }
            if (!line.options().isEmpty()) {
                html.append("<ul class=\"options\">");
                for (PrintedLine.Option option : line.options()) {
                    html.append("<li>+ ").append(Html.escape(option.name()));
                    if (!option.priceDelta().isZero()) {
                        html.append(" (").append(Html.escape(words.money(option.priceDelta()))).append(")");
                    }
                    html.append("</li>");
                }
                html.append("</ul>");
            }
            line.note().ifPresent(note ->
                    html.append("<p class=\"note\">").append(words.say("note")).append(' ').append(Html.lines(note))
                            .append("</p>"));
            if (line.refundedQuantity() > 0) {
                html.append("<p class=\"refunded\">")
                        .append(Html.escape(words.say("refundedItems", line.refundedQuantity(), line.quantity())))
                        .append("</p>");
            }
            html.append("</td><td class=\"amount\">").append(Html.escape(words.money(line.lineTotal())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void totals(StringBuilder html, Receipt receipt, ReceiptText words) {
        html.append("<table class=\"totals\">\n<caption>").append(words.say("totals")).append("</caption>\n<tbody>\n");
        for (TotalsRows.Row row : TotalsRows.of(receipt, words)) {
            row(html, words, row.label(), row.amount(), row.total() ? "total" : row.refund() ? "refund" : "");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, ReceiptText words, String label, Money amount, String cssClass) {
        html.append("<tr").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append("><th scope=\"row\">")
                .append(Html.escape(label)).append("</th><td class=\"amount\">").append(Html.escape(words.money(amount)))
                .append("</td></tr>\n");
    }
}
