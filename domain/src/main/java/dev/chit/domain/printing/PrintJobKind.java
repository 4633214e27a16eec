package dev.chit.domain.printing;

/** Why a ticket is printed: an order accepted, an order cancelled after it was printed, a reprint asked for, a test. */
public enum PrintJobKind {
    NEW,
    CANCELLED,
    REPRINT,
    TEST
}
