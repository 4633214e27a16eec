package dev.chit.application.reports;

import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.restaurant.Restaurant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export covers, as its header and file name tell it: the restaurant, the placing
 * times asked for (either end may be open), read at {@code readAt}.
 */
public record ExportRange(Restaurant restaurant, Optional<Instant> from, Optional<Instant> to, Instant readAt) {

    public ExportRange {
        Objects.requireNonNull(restaurant, "restaurant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(readAt, "readAt");
    }

    public static ExportRange of(Restaurant restaurant, OrderQuery query, Instant readAt) {
        return new ExportRange(restaurant, query.from(), query.to(), readAt);
    }

    /** The first local day, when the range has a start. */
    public Optional<LocalDate> firstDay() {
        return from.map(at -> at.atZone(restaurant.timezone()).toLocalDate());
    }

    /** The last local day: the day before an end at midnight, the end's day otherwise, today without one. */
    public LocalDate lastDay() {
        var end = to.orElse(readAt).atZone(restaurant.timezone());
        return to.isPresent() && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    }

    /** {@code orders-<restaurant>-<from>-<to>.<extension>}, the restaurant's name made safe for a file. */
    public String fileName(String extension) {
        String slug = restaurant.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "orders-" + (slug.isEmpty() ? restaurant.id().toString() : slug) + "-"
                + firstDay().map(LocalDate::toString).orElse("start") + "-" + lastDay() + "." + extension;
    }
}
