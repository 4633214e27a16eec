package dev.chit.adapters.notification;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.money.Money;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderTotals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the guest's emails in the language they ordered in (and the managers' alerts, in English): a subject with the order number, and a body of
 * paragraphs (and, for a placed order, the receipt) as plain text and as HTML. Everything a
 * person typed (names, notes, reasons) is escaped in the HTML.
 */
public final class GuestEmailWriter {

    public WrittenEmail write(GuestEmail email) {
        Order order = email.order();
        GuestNotice notice = email.notice();
        GuestEmailText words = GuestEmailText.in(order.customer().language());
        String restaurant = email.restaurant().name();
        ZoneId zone = email.restaurant().timezone();
        String number = "#" + order.number();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.say("greeting", order.customer().name()));
        String subject;
        boolean receipt = false;
        String promised = words.time(notice.promisedFor().orElse(order.estimatedReadyAt()), zone);
        switch (notice.kind()) {
            case PLACED -> {
                subject = words.say("placed.subject", number, restaurant);
                paragraphs.add(words.say("placed.body", number, restaurant));
                deliveryAddress(order, words).ifPresent(paragraphs::add);
                receipt = true;
            }
            case ACCEPTED -> {
                subject = words.say("accepted.subject", number, promised);
                paragraphs.add(words.say("accepted.body", number, promised, restaurant));
            }
            case DELAYED -> {
                subject = words.say("delayed.subject", number, promised);
                paragraphs.add(notice.delayMinutes()
                        .map(minutes -> words.say("delayed.body.minutes", number, promised, minutes))
                        .orElseGet(() -> words.say("delayed.body", number, promised)));
                notice.reason().ifPresent(reason -> paragraphs.add(words.say("delayed.reason", reason)));
            }
            case READY -> {
                subject = words.say("ready.subject", number);
                paragraphs.add(switch (order.fulfillment().type()) {
                    case DELIVERY -> words.say("ready.delivery", number);
                    case DINE_IN -> words.say("ready.dineIn", number);
                    case PICKUP -> words.say("ready.pickup", number, restaurant);
                });
            }
            case OUT_FOR_DELIVERY -> {
                subject = words.say("outForDelivery.subject", number);
                paragraphs.add(words.say("outForDelivery.body", number, restaurant));
                deliveryAddress(order, words).ifPresent(paragraphs::add);
            }
            case REJECTED, CANCELLED -> {
                String kind = notice.kind() == GuestNoticeKind.REJECTED ? "rejected" : "cancelled";
                subject = words.say(kind + ".subject", number);
                paragraphs.add(words.say(kind + ".body", number, restaurant));
                notice.reason().ifPresent(reason -> paragraphs.add(words.say("reason", reason)));
                paragraphs.add(switch (notice.payment()) {
                    case VOIDED -> words.say("payment.voided", words.money(order.totals().total()));
                    case REFUNDED -> words.say("payment.refunded", words.money(Money.of(
                            notice.refundedMinorUnits().orElse(order.refunded().minorUnits()), order.currency())));
                    case NONE -> words.say("payment.none");
                });
            }
            case REFUNDED -> {
                subject = words.say("refunded.subject", number);
                Money refunded = Money.of(notice.refundedMinorUnits().orElse(order.refunded().minorUnits()),
                        order.currency());
                paragraphs.add(words.say("refunded.body", number, restaurant, words.money(refunded),
                        words.money(order.totals().total())));
            }
            // A switch statement must be told: no kind is left out above.
            default -> throw new IllegalArgumentException("no email for " + notice.kind());
        }
        paragraphs.add(words.say("signoff", restaurant));
        String text = String.join("\n\n", paragraphs.subList(0, paragraphs.size() - 1))
                + (receipt ? "\n\n" + receiptText(order, words) : "") + "\n\n" + paragraphs.getLast() + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"" + order.customer().language().tag()
                + "\"><body style=\"font-family: sans-serif\">\n"
                + paragraphs.subList(0, paragraphs.size() - 1).stream()
                .map(p -> "<p>" + Html.escape(p).replace("\n", "<br>") + "</p>").collect(Collectors.joining("\n"))
                + (receipt ? "\n" + receiptHtml(order, words) : "")
                + "\n<p>" + Html.escape(paragraphs.getLast()).replace("\n", "<br>") + "</p>\n</body></html>\n";
        return new WrittenEmail(subject, text, html);
    }

    /** A manager's alert: plain sentences, signed by Chit, in English (the portal's language). */
    public WrittenEmail write(ManagerEmail email) {
        GuestEmailText english = GuestEmailText.in(GuestLanguage.EN);
        ManagerAlert alert = email.alert();
        String restaurant = email.restaurant().name();
        ZoneId zone = email.restaurant().timezone();
        String subject;
        String paragraph;
        switch (alert.kind()) {
            case PAUSED_FOR_MISSED_ORDERS -> {
                subject = restaurant + " paused itself after missed orders";
                paragraph = restaurant + " missed " + alert.missedInARow().orElseThrow() + " orders in a row and"
                        + " paused itself: it takes no new orders until " + english.time(alert.until().orElseThrow(), zone)
                        + ". You can resume it in the portal sooner.";
            }
            case GUEST_EMAIL_UNDELIVERED -> {
                subject = "Order #" + alert.orderNumber().orElseThrow() + ": the guest's email could not be sent";
                paragraph = "An email about order #" + alert.orderNumber().orElseThrow() + " at " + restaurant
                        + " could not be delivered to " + alert.guestEmail().orElseThrow()
                        + ", and Chit has stopped trying. You may want to contact the guest another way.";
            }
            case PRINTER_HOLDING_JOBS -> {
                subject = "The printer " + alert.printerName().orElseThrow() + " is holding kitchen tickets";
                paragraph = "The printer " + alert.printerName().orElseThrow() + " at " + restaurant
                        + " has been off or out of paper for several minutes, and kitchen tickets are waiting for it."
                        + " They print as soon as it is back; the board shows which printers are down.";
            }
            case ORDER_DISPUTED -> {
                subject = "Order #" + alert.orderNumber().orElseThrow() + " is disputed by the guest's bank";
                paragraph = "The guest of order #" + alert.orderNumber().orElseThrow() + " at " + restaurant
                        + " disputes the card payment with their bank (a chargeback). The order shows it as disputed"
                        + " in the portal. Answer the dispute in Stripe's dashboard, with the receipt and anything"
                        + " that shows the order was delivered, before Stripe's deadline.";
            }
            default -> throw new IllegalStateException("unknown alert " + alert.kind());
        }
        List<String> paragraphs = List.of("Hello,", paragraph, "Chit");
        String text = String.join("\n\n", paragraphs) + "\n";
        String html = "<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif\">\n"
                + paragraphs.stream().map(p -> "<p>" + Html.escape(p) + "</p>").collect(Collectors.joining("\n"))
                + "\n</body></html>\n";
        return new WrittenEmail(subject, text, html);
    }

    /** Where a delivery goes, one part a line, and what the driver was asked, for the guest to check. */
    private static Optional<String> deliveryAddress(Order order, GuestEmailText words) {
        return order.fulfillment().address().map(address -> words.say("delivery.to", address.label())
                + address.instructions().map(instructions -> "\n" + words.say("delivery.driver", instructions))
                .orElse(""));
    }

    // The last row is always the total.
    private static List<String[]> totalRows(OrderTotals totals, GuestEmailText words) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {words.say("totals.subtotal"), words.money(totals.subtotal())});
        if (!totals.serviceFee().isZero()) {
            rows.add(new String[] {words.say("totals.serviceFee"), words.money(totals.serviceFee())});
        }
        rows.add(new String[] {words.say("totals.tax"), words.money(totals.tax())});
        if (!totals.deliveryFee().isZero()) {
            rows.add(new String[] {words.say("totals.deliveryFee"), words.money(totals.deliveryFee())});
        }
        if (!totals.tip().isZero()) {
            rows.add(new String[] {words.say("totals.tip"), words.money(totals.tip())});
        }
        if (!totals.discount().isZero()) {
            rows.add(new String[] {words.say("totals.discount"), "-" + words.money(totals.discount())});
        }
        rows.add(new String[] {words.say("totals.total"), words.money(totals.total())});
        return rows;
    }

    private static String options(OrderLine line) {
        return line.options().stream().map(QuotedOption::name).collect(Collectors.joining(", "));
    }

    private static String receiptText(Order order, GuestEmailText words) {
        StringBuilder text = new StringBuilder(words.say("receipt.title")).append('\n');
        for (OrderLine line : order.lines()) {
            text.append(line.quantity()).append(" x ").append(line.name());
            if (!line.options().isEmpty()) {
                text.append(" (").append(options(line)).append(')');
            }
            text.append("  ").append(words.money(line.lineTotal())).append('\n');
            line.note().ifPresent(note -> text.append("   ").append(words.say("receipt.note", note)).append('\n'));
        }
        text.append('\n');
        for (String[] row : totalRows(order.totals(), words)) {
            text.append(row[0]).append(": ").append(row[1]).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String receiptHtml(Order order, GuestEmailText words) {
        StringBuilder html = new StringBuilder("<table cellpadding=\"4\">\n");
        for (OrderLine line : order.lines()) {
            html.append("<tr><td>").append(line.quantity()).append(" &times; ").append(Html.escape(line.name()));
            if (!line.options().isEmpty()) {
                html.append(" <small>(").append(Html.escape(options(line))).append(")</small>");
            }
            line.note().ifPresent(note -> html.append("<br><small>").append(Html.escape(words.say("receipt.note", note)))
                    .append("</small>"));
            html.append("</td><td align=\"right\">").append(Html.escape(words.money(line.lineTotal())))
                    .append("</td></tr>\n");
        }
        List<String[]> rows = totalRows(order.totals(), words);
        for (String[] row : rows) {
            boolean total = row == rows.getLast();
            html.append("<tr><td>").append(total ? "<b>" : "").append(Html.escape(row[0])).append(total ? "</b>" : "")
                    .append("</td><td align=\"right\">").append(total ? "<b>" : "").append(Html.escape(row[1]))
                    .append(total ? "</b>" : "").append("</td></tr>\n");
        }
        return html.append("</table>").toString();
    }
}
