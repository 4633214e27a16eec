package dev.chit.adapters.export;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Optional;

/**
 * How exports write values: amounts as decimals in the currency's major unit ({@code 21.51},
 * {@code 1500} for JPY), times ISO 8601 with the restaurant's offset, and text neutralised
 * against formula injection (a spreadsheet runs a cell that begins with {@code = + - @}, a tab
 * or a carriage return; a leading apostrophe makes it text).
 */
final class Cells {

    // Milliseconds always, as the API writes times: one width per column, for spreadsheets.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Cells() {
    }

    static String amount(long minorUnits, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }

    static String amount(Money money) {
        return amount(money.minorUnits(), money.currency());
    }

    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone).toOffsetDateTime());
    }

    static String time(Optional<Instant> at, ZoneId zone) {
        return at.map(instant -> time(instant, zone)).orElse("");
    }

    /** Text as a spreadsheet may show it but never run it. */
    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    static String text(Optional<String> value) {
        return value.map(Cells::text).orElse("");
    }

    /** Why the order was rejected or cancelled: the reason given with that move, if any. */
    static Optional<String> endReason(Order order) {
        if (order.status() != OrderStatus.REJECTED && order.status() != OrderStatus.CANCELLED) {
            return Optional.empty();
        }
        return order.history().stream().filter(entry -> entry.to() == order.status()).reduce((a, b) -> b)
                .flatMap(entry -> entry.reason());
    }
}
