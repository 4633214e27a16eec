package dev.chit.domain.port;

import java.time.Instant;

/**
 * The card network's events Chit has acted on, by the network's id: the network sends an event
 * again until it hears back, so the same id must change nothing the second time.
 */
public interface ReceivedPaymentEvents {

    /**
     * Records {@code eventId} in the open transaction, so that it counts as handled exactly when
     * what it changed commits. Two servers handling the same event at once: the second waits
     * for the first, then finds it.
     *
     * @return whether this is its first receipt; {@code false} when it was handled before
     */
    boolean firstReceipt(String eventId, String type, Instant at);
}
