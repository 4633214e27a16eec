package dev.chit.adapters.export;

import dev.chit.application.receipts.KitchenTicket;
import dev.chit.application.receipts.PaperText;
import dev.chit.application.receipts.PrintedLine;

import java.time.format.DateTimeFormatter;

/** The kitchen ticket as a page for an 80 mm thermal printer: big number, what and when, no prices. */
final class TicketPage {

    private static final String STYLE = """
            @page{size:80mm auto;margin:3mm}
            body{font-family:ui-monospace,monospace;color:#000;background:#fff;margin:0;width:74mm}
            h1{font-size:28pt;margin:0;line-height:1.1}
            .fulfillment{font-size:14pt;font-weight:bold;margin:.2rem 0}
            .due{font-size:14pt;font-weight:bold;margin:.2rem 0}
            p{margin:.15rem 0}
            table{width:100%;border-collapse:collapse;margin-top:.4rem;border-top:1px dashed #000}
            th,td{text-align:left;vertical-align:top;padding:.15rem 0}
            td.qty,th.qty{width:2.5em;font-weight:bold}
            .options{margin:0;padding:0 0 0 .6rem;list-style:none}
            .note{font-weight:bold}
            .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            """;

    private TicketPage() {
    }

    static String render(KitchenTicket ticket) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Ticket #").append(ticket.number()).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>#").append(ticket.number()).append("</h1>\n")
                .append("<p class=\"fulfillment\">").append(Html.escape(PaperText.fulfillment(ticket.fulfillment())));
        ticket.fulfillment().table().ifPresent(table -> html.append(" &middot; Table ").append(Html.escape(table)));
        html.append("</p>\n");
        ticket.fulfillment().address().ifPresent(address -> {
            html.append("<p class=\"address\">").append(Html.lines(address.label())).append("</p>\n");
            address.instructions().ifPresent(instructions -> html.append("<p class=\"instructions\">Driver: ")
                    .append(Html.lines(instructions)).append("</p>\n"));
        });
        html.append("<p class=\"due\">Due <time datetime=\"")
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ticket.due())).append("\">")
                .append(Html.escape(PaperText.time(ticket.due()))).append("</time></p>\n");
        ticket.scheduledFor().ifPresent(at -> html.append("<p>Scheduled for ")
                .append(Html.escape(PaperText.dateTime(at))).append("</p>\n"));
        html.append("<p>Placed ").append(Html.escape(PaperText.dateTime(ticket.placedAt()))).append("</p>\n")
                .append("<p>").append(Html.escape(ticket.customerName())).append("</p>\n")
                .append("<table>\n<thead class=\"sr-only\"><tr><th scope=\"col\" class=\"qty\">Qty</th>")
                .append("<th scope=\"col\">Item</th></tr></thead>\n<tbody>\n");
        for (PrintedLine line : ticket.lines()) {
            html.append("<tr><td class=\"qty\">").append(line.quantity()).append(" x</td><td>")
                    .append(Html.escape(line.name()));
            if (!line.options().isEmpty()) {
                html.append("<ul class=\"options\">");
                line.options().forEach(option ->
                        html.append("<li>+ ").append(Html.escape(option.name())).append("</li>"));
                html.append("</ul>");
            }
            line.note().ifPresent(note -> html.append("<p class=\"note\">! ").append(Html.lines(note)).append("</p>"));
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        ticket.notes().ifPresent(notes ->
                html.append("<p class=\"note\">Order notes: ").append(Html.lines(notes)).append("</p>\n"));
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
