package dev.chit.adapters.notification;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.money.Money;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderTotals;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the guest's emails (and the managers' alerts), in English: a subject with the order number, and a body of
 * paragraphs (and, for a placed order, the receipt) as plain text and as HTML. Everything a
 * person typed (names, notes, reasons) is escaped in the HTML.
 */
public final class GuestEmailWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    public WrittenEmail write(GuestEmail email) {
        Order order = email.order();
        GuestNotice notice = email.notice();
        String restaurant = email.restaurant().name();
        ZoneId zone = email.restaurant().timezone();
        String number = "#" + order.number();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hello " + order.customer().name() + ",");
        String subject;
        boolean receipt = false;
        switch (notice.kind()) {
            case PLACED -> {
                subject = "Order " + number + " placed at " + restaurant;
                paragraphs.add("Thank you: " + restaurant + " has your order " + number + ". We will tell you as soon"
                        + " as the kitchen accepts it.");
                deliveryAddress(order).ifPresent(paragraphs::add);
                receipt = true;
            }
            case ACCEPTED -> {
                subject = "Order " + number + " accepted: ready " + time(notice.promisedFor().orElse(
                        order.estimatedReadyAt()), zone);
                paragraphs.add(restaurant + " accepted your order " + number + ". It will be ready "
                        + time(notice.promisedFor().orElse(order.estimatedReadyAt()), zone) + ".");
            }
            case DELAYED -> {
                subject = "Order " + number + " delayed: now ready " + time(notice.promisedFor().orElse(
                        order.estimatedReadyAt()), zone);
                paragraphs.add("Sorry: your order " + number + " will take "
                        + notice.delayMinutes().map(minutes -> minutes + " minutes ").orElse("") + "longer. It will be"
                        + " ready " + time(notice.promisedFor().orElse(order.estimatedReadyAt()), zone) + ".");
                notice.reason().ifPresent(reason -> paragraphs.add("The kitchen says: " + reason));
            }
            case READY -> {
                subject = "Order " + number + " is ready";
                paragraphs.add(switch (order.fulfillment().type()) {
                    case DELIVERY -> "Your order " + number + " is ready and will be on its way shortly.";
                    case DINE_IN -> "Your order " + number + " is ready and on its way to your table.";
                    case PICKUP -> "Your order " + number + " is ready: come and pick it up at " + restaurant + ".";
                });
            }
            case OUT_FOR_DELIVERY -> {
                subject = "Order " + number + " is out for delivery";
                paragraphs.add("Your order " + number + " has left " + restaurant + " and is on its way to you.");
                deliveryAddress(order).ifPresent(paragraphs::add);
            }
            case REJECTED, CANCELLED -> {
                boolean rejected = notice.kind() == GuestNoticeKind.REJECTED;
                String what = rejected ? "could not take" : "cancelled";
                subject = "Order " + number + (rejected ? " rejected" : " cancelled");
                paragraphs.add("We are sorry: " + restaurant + " " + what + " your order " + number + ".");
                notice.reason().ifPresent(reason -> paragraphs.add("Reason: " + reason));
                paragraphs.add(switch (notice.payment()) {
                    case VOIDED -> "Your card was not charged: the amount reserved on it ("
                            + money(order.totals().total()) + ") has been released.";
                    case REFUNDED -> "What you paid is being refunded to your card ("
                            + money(Money.of(notice.refundedMinorUnits().orElse(order.refunded().minorUnits()),
                            order.currency())) + ").";
                    case NONE -> "Nothing was charged to a card for this order.";
                });
            }
            case REFUNDED -> {
                subject = "Order " + number + " refunded";
                Money refunded = Money.of(notice.refundedMinorUnits().orElse(order.refunded().minorUnits()),
                        order.currency());
                paragraphs.add(restaurant + " refunded " + money(refunded) + " of your order " + number
                        + " (total " + money(order.totals().total()) + ") to your card. It may take a few days to"
                        + " show on your statement.");
            }
            // A switch statement must be told: no kind is left out above.
            default -> throw new IllegalArgumentException("no email for " + notice.kind());
        }
        paragraphs.add("Thank you,\n" + restaurant);
        String text = String.join("\n\n", paragraphs.subList(0, paragraphs.size() - 1))
                + (receipt ? "\n\n" + receiptText(order) : "") + "\n\n" + paragraphs.getLast() + "\n";
        String html = "<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif\">\n"
                + paragraphs.subList(0, paragraphs.size() - 1).stream()
                .map(p -> "<p>" + Html.escape(p).replace("\n", "<br>") + "</p>").collect(Collectors.joining("\n"))
                + (receipt ? "\n" + receiptHtml(order) : "")
                + "\n<p>" + Html.escape(paragraphs.getLast()).replace("\n", "<br>") + "</p>\n</body></html>\n";
        return new WrittenEmail(subject, text, html);
    }

    /** A manager's alert: plain sentences, signed by Chit. */
    public WrittenEmail write(ManagerEmail email) {
        ManagerAlert alert = email.alert();
        String restaurant = email.restaurant().name();
        ZoneId zone = email.restaurant().timezone();
        String subject;
        String paragraph;
        switch (alert.kind()) {
            case PAUSED_FOR_MISSED_ORDERS -> {
                subject = restaurant + " paused itself after missed orders";
                paragraph = restaurant + " missed " + alert.missedInARow().orElseThrow() + " orders in a row and"
                        + " paused itself: it takes no new orders until " + time(alert.until().orElseThrow(), zone)
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
    private static Optional<String> deliveryAddress(Order order) {
        return order.fulfillment().address().map(address -> "Delivering to:\n" + address.label()
                + address.instructions().map(instructions -> "\nFor the driver: " + instructions).orElse(""));
    }

    private static String time(Instant at, ZoneId zone) {
        return "on " + TIME.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    static String money(Money amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(amount.currency());
        format.setMinimumFractionDigits(amount.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(amount.currency().getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(amount.minorUnits(), amount.currency().getDefaultFractionDigits()));
    }

    private static List<String[]> totalRows(OrderTotals totals) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Subtotal", money(totals.subtotal())});
        if (!totals.serviceFee().isZero()) {
            rows.add(new String[] {"Service fee", money(totals.serviceFee())});
        }
        rows.add(new String[] {"Tax", money(totals.tax())});
        if (!totals.deliveryFee().isZero()) {
            rows.add(new String[] {"Delivery fee", money(totals.deliveryFee())});
        }
        if (!totals.tip().isZero()) {
            rows.add(new String[] {"Tip", money(totals.tip())});
        }
        if (!totals.discount().isZero()) {
            rows.add(new String[] {"Discount", "-" + money(totals.discount())});
        }
        rows.add(new String[] {"Total", money(totals.total())});
        return rows;
    }

    private static String options(OrderLine line) {
        return line.options().stream().map(QuotedOption::name).collect(Collectors.joining(", "));
    }

    private static String receiptText(Order order) {
        StringBuilder text = new StringBuilder("Your order:\n");
        for (OrderLine line : order.lines()) {
            text.append(line.quantity()).append(" x ").append(line.name());
            if (!line.options().isEmpty()) {
                text.append(" (").append(options(line)).append(')');
            }
            text.append("  ").append(money(line.lineTotal())).append('\n');
            line.note().ifPresent(note -> text.append("   note: ").append(note).append('\n'));
        }
        text.append('\n');
        for (String[] row : totalRows(order.totals())) {
            text.append(row[0]).append(": ").append(row[1]).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String receiptHtml(Order order) {
        StringBuilder html = new StringBuilder("<table cellpadding=\"4\">\n");
        for (OrderLine line : order.lines()) {
            html.append("<tr><td>").append(line.quantity()).append(" &times; ").append(Html.escape(line.name()));
            if (!line.options().isEmpty()) {
                html.append(" <small>(").append(Html.escape(options(line))).append(")</small>");
            }
            line.note().ifPresent(note -> html.append("<br><small>note: ").append(Html.escape(note)).append("</small>"));
            html.append("</td><td align=\"right\">").append(Html.escape(money(line.lineTotal()))).append("</td></tr>\n");
        }
        for (String[] row : totalRows(order.totals())) {
            boolean total = row[0].equals("Total");
            html.append("<tr><td>").append(total ? "<b>" : "").append(row[0]).append(total ? "</b>" : "")
                    .append("</td><td align=\"right\">").append(total ? "<b>" : "").append(Html.escape(row[1]))
                    .append(total ? "</b>" : "").append("</td></tr>\n");
        }
        return html.append("</table>").toString();
    }
}
