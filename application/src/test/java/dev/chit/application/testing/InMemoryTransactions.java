package dev.chit.application.testing;

import dev.chit.domain.port.Transactions;

import java.util.List;
import java.util.function.Supplier;

/**
 * Transactions over in-memory stores: the outermost call takes a snapshot of every store and
 * puts it back if the work throws, so a test sees a rollback exactly as it would in a database.
 * A nested call joins the transaction already open, as the port says.
 */
public final class InMemoryTransactions implements Transactions {

    private final List<Snapshotting> stores;
    private int depth;
    private int commits;
    private int rollbacks;

    public InMemoryTransactions(Snapshotting... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Object> snapshots = stores.stream().map(Snapshotting::snapshot).toList();
        depth++;
        try {
            T result = work.get();
            commits++;
            return result;
        } catch (RuntimeException | Error failed) {
            for (int i = 0; i < stores.size(); i++) {
                stores.get(i).restore(snapshots.get(i));
            }
            rollbacks++;
            throw failed;
        } finally {
            depth--;
        }
    }

    public boolean isOpen() {
        return depth > 0;
    }

    public int commits() {
        return commits;
    }

    public int rollbacks() {
        return rollbacks;
    }
}
