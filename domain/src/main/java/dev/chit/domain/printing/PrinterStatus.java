package dev.chit.domain.printing;

/**
 * A printer's state as last seen: {@code ONLINE} took the last ticket or answered a good status;
 * {@code OFFLINE} did not answer, or said it is offline (cover open, an error); {@code PAPER_OUT}
 * said its roll is empty; {@code UNKNOWN} has not been heard from yet.
 */
public enum PrinterStatus {
    ONLINE,
    OFFLINE,
    PAPER_OUT,
    UNKNOWN;

    /** Whether jobs wait for this printer rather than print on it. */
    public boolean holdsJobs() {
        return this == OFFLINE || this == PAPER_OUT;
    }
}
