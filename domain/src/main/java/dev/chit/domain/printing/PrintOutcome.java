package dev.chit.domain.printing;

import java.util.Objects;

/**
 * What a printer made of a ticket: {@code printed} only when the status it answered after the
 * ticket was good; {@code sent} when any of the ticket may have reached it (so that a retry is
 * marked as a reprint); {@code heard} when it answered at all; {@code status} what it said
 * ({@code OFFLINE} when it did not answer); {@code detail} why it was not printed.
 */
public record PrintOutcome(boolean printed, boolean sent, boolean heard, PrinterStatus status, String detail) {

    public PrintOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public static PrintOutcome success() {
        return new PrintOutcome(true, true, true, PrinterStatus.ONLINE, "");
    }
}
