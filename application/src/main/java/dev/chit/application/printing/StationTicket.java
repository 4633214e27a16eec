package dev.chit.application.printing;

import dev.chit.domain.printing.PrintJobKind;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one station's ticket says, before it is laid out for a printer: the station, the order's
 * number, how the food leaves (the table, or the guest's name), when it is due on the
 * restaurant's clock, the station's lines, the order's notes, and the job's short id at the foot.
 *
 * @param reprint the n of a {@code REPRINT n} banner: a reprint asked for, or a job that may have
 *                printed before (handed out again); empty on a first print
 */
public record StationTicket(
        PrintJobKind kind,
        Optional<String> stationName,
        long number,
        String fulfillment,
        Optional<ZonedDateTime> due,
        List<Line> lines,
        Optional<String> orderNotes,
        String shortId,
        Optional<Integer> reprint) {

    public StationTicket {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stationName, "stationName");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(due, "due");
        lines = List.copyOf(lines);
        Objects.requireNonNull(orderNotes, "orderNotes");
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(reprint, "reprint");
    }

    /** A line to make: how many, what, the options chosen, the guest's note. */
    public record Line(int quantity, String name, List<String> options, Optional<String> note) {

        public Line {
            Objects.requireNonNull(name, "name");
            options = List.copyOf(options);
            Objects.requireNonNull(note, "note");
        }
    }
}
