package dev.chit.domain.printing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A ticket laid out for one printer's width, line by line; the printer cuts after the last line.
 * {@code jobId} names the print job it comes from (the same on every retry).
 */
public record PaperTicket(String jobId, List<TicketLine> lines) {

    public PaperTicket {
        Objects.requireNonNull(jobId, "jobId");
        lines = List.copyOf(lines);
    }

    /** The ticket as plain text, one line per line, for printers that take text (CloudPRNT). */
    public String plainText() {
        return lines.stream().map(TicketLine::text).collect(Collectors.joining("\n", "", "\n"));
    }
}
