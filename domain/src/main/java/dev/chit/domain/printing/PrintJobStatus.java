package dev.chit.domain.printing;

/**
 * Where a print job stands, as the restaurant sees it: waiting ({@code QUEUED}), handed to the
 * printer and not yet confirmed ({@code SENT}), {@code PRINTED}, or given up on ({@code FAILED}).
 */
public enum PrintJobStatus {
    QUEUED,
    SENT,
    PRINTED,
    FAILED
}
