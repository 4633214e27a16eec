package dev.chit.domain.port;

import dev.chit.domain.printing.Printer;
import dev.chit.domain.printing.PrinterId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The restaurants' kitchen printers, with how each was last seen. */
public interface Printers {

    void add(Printer printer, Instant at);

    /** Replaces the printer's setup, keeping how it was last seen. @return whether it was there */
    boolean change(Printer printer);

    /** Removes it, and its jobs not printed yet; printers that had it as backup have none. */
    boolean remove(PrinterId id);

    Optional<Printer> find(PrinterId id);

    /** The restaurant's printers, by name. */
    List<Printer> of(RestaurantId restaurantId);

    /** Records how the printer was just seen: its status, last seen at, holding since. */
    void seen(Printer seen);

    /**
     * Printers that have held jobs since before {@code since} and whose managers were not told
     * yet; each is marked told in the caller's transaction.
     */
    List<Printer> heldSinceBeforeUntold(Instant since, Instant now);
}
