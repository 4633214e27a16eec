package dev.chit.domain.printing;

import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A kitchen printer of a restaurant: the stations whose tickets it prints (none: every ticket of
 * the order, for a kitchen with one printer), how it is reached, the printer that takes its
 * jobs when it cannot, how many copies of each ticket and how wide its paper is; and how it was
 * last seen. {@code holdingSince} is when it began holding jobs (off or out of paper), for the
 * managers' alert.
 */
public record Printer(
        PrinterId id,
        RestaurantId restaurantId,
        String name,
        List<UUID> stationIds,
        PrinterConnection connection,
        Optional<PrinterId> backupPrinterId,
        int copies,
        PaperWidth width,
        PrinterStatus status,
        Optional<Instant> lastSeenAt,
        Optional<Instant> holdingSince) {

    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_COPIES = 5;

    public Printer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(name, "name");
        stationIds = List.copyOf(stationIds);
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(backupPrinterId, "backupPrinterId");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(holdingSince, "holdingSince");
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies are within 1.." + MAX_COPIES);
        }
        if (backupPrinterId.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a printer is not its own backup");
        }
    }

    /** Whether it prints the tickets of {@code stationId} (a printer naming no station prints them all). */
    public boolean printsFor(Optional<UUID> stationId) {
        return stationIds.isEmpty() || stationId.filter(stationIds::contains).isPresent();
    }

    public Printer seen(PrinterStatus now, Instant at, boolean heard) {
        Optional<Instant> holding = now.holdsJobs() ? holdingSince.or(() -> Optional.of(at)) : Optional.empty();
        return new Printer(id, restaurantId, name, stationIds, connection, backupPrinterId, copies, width, now,
                heard ? Optional.of(at) : lastSeenAt, holding);
    }
}
