package dev.chit.domain.port;

import dev.chit.domain.restaurant.RestaurantId;

/**
 * Word that order events were committed, from whichever server instance committed them. A
 * signal carries no content, only where to read: the events themselves come from the
 * {@link OrderEventLog}. Signals may come late, twice or out of order, and some may be lost
 * (a dropped connection); {@link Listener#mayHaveMissed()} says when, so that the listener
 * reads the log again.
 */
public interface OrderEventSignals extends AutoCloseable {

    /** Starts delivering signals to {@code listener}, on a thread of the signals' own. */
    void start(Listener listener);

    /** Stops delivering; a signal under way may still arrive. */
    @Override
    void close();

    /** Who hears the signals: the live board's relay. */
    interface Listener {

        /** The restaurant's events up to {@code seq} are committed. */
        void committed(RestaurantId restaurantId, long seq);

        /** Signals may have been lost (the signals' connection dropped and is back): read the log again. */
        void mayHaveMissed();
    }
}
