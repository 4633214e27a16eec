package dev.chit.application.live;

/** A connected client of one restaurant's events (a board, or a guest following one order). */
public interface LiveSubscriber {

    /**
     * Hands over the next event of the restaurant, in {@code seq} order. Must not block: the
     * relay serves every client from one thread, so a slow client queues or is dropped.
     */
    void deliver(LiveEvent event);
}
