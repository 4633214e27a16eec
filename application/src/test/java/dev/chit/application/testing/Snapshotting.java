package dev.chit.application.testing;

/**
 * An in-memory store that {@link InMemoryTransactions} can roll back: it hands out a copy of
 * its state and can be put back to such a copy.
 */
public interface Snapshotting {

    Object snapshot();

    void restore(Object snapshot);
}
