package dev.chit.application.receipts;

import dev.chit.application.support.MessageCatalogue;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.PaymentStatus;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way amounts and times are written on receipts and tickets (and in the receipt's
 * JSON): money with its currency's symbol and fraction digits ({@code $31.48}, {@code ¥1,500}),
 * times on the restaurant's clock with its zone.
 */
public final class PaperText {

    // English throughout until restaurants choose a language; the currency, not the locale,
    // decides the symbol and the digits after the point.
    private static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    private PaperText() {
    }

    public static String money(Money amount) {
        return MessageCatalogue.money(amount, LOCALE);
    }

    /** {@code Mon 2 Mar 2026, 07:00 EST}. */
    public static String dateTime(ZonedDateTime at) {
        return DATE_TIME.format(at);
    }

    /** {@code 07:00}. */
    public static String time(ZonedDateTime at) {
        return TIME.format(at);
    }

    /** Where the guest's money stands, in words. */
    public static String payment(PaymentStatus status) {
        return switch (status) {
            case UNPAID -> "Pay in person";
            case REQUIRES_ACTION -> "Waiting for the bank";
            case AUTHORIZED -> "Card authorized";
            case CAPTURED -> "Paid by card";
            case VOIDED -> "Card authorization voided";
            case PARTIALLY_REFUNDED -> "Paid by card, partly refunded";
            case REFUNDED -> "Refunded";
        };
    }

    /** How the food leaves: {@code Pickup}, {@code Delivery}, {@code Dine in}. */
    public static String fulfillment(Fulfillment fulfillment) {
        return switch (fulfillment.type()) {
            case PICKUP -> "Pickup";
            case DELIVERY -> "Delivery";
            case DINE_IN -> "Dine in";
        };
    }

    /** What a receipt says of a line's refunded items: {@code Refunded: 2 of 3}. */
    public static String refundedItems(PrintedLine line) {
        return "Refunded: " + line.refundedQuantity() + " of " + line.quantity();
    }
}
