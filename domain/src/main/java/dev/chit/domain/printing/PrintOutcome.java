package dev.chit.domain.printing;

import java.util.Objects;

/**
 * What a printer made of a ticket: {@code printed} only when the status it answered after the
 * ticket was good; {@code status} is what it said (or {@code OFFLINE} when it did not answer),
 * {@code detail} why it was not printed, for the log and the job's last error.
 */
public record PrintOutcome(boolean printed, PrinterStatus status, String detail) {

    public PrintOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public static PrintOutcome success() {
        return new PrintOutcome(true, PrinterStatus.ONLINE, "");
    }

    public static PrintOutcome notPrinted(PrinterStatus status, String detail) {
        return new PrintOutcome(false, status, detail);
    }
}
