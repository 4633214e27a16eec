package dev.chit.adapters.persistence.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;

/**
 * Turns the values the repositories bind into what both JDBC drivers accept alike: instants
 * as UTC {@link OffsetDateTime}s cut to microseconds (the precision of both databases, so a
 * value reads back equal to what was written), empty optionals as SQL NULL, enums by name,
 * currencies by ISO code.
 */
final class SqlValues {

    private SqlValues() {
    }

    static Object[] all(Object... values) {
        Object[] bound = new Object[values.length];
        for (int index = 0; index < values.length; index++) {
            bound[index] = of(values[index]);
        }
        return bound;
    }

    static Object of(Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> optional -> optional.map(SqlValues::of).orElse(null);
            case Instant instant -> OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            case Enum<?> constant -> constant.name();
            case Currency currency -> currency.getCurrencyCode();
            default -> value;
        };
    }
}
