package dev.chit.adapters.persistence.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads on a virtual thread of its own while the caller's thread uses what was read: an
 * export's orders are fetched and built while the ones before them are being written out, so
 * the database, the reading and the writing overlap instead of taking turns. The two threads
 * pass batches through a short queue, so memory holds a few batches at most.
 *
 * <p>Whatever the reading throws reaches the caller after the items read before it. When the
 * caller's work throws (a client gone mid-export) the reader stops at its next item, and the
 * caller's exception is rethrown once it has: nothing is left reading on a connection that is
 * about to be given back.
 */
final class ReadAhead {

    private static final int BATCH = 100;
    private static final int BATCHES_AHEAD = 4;
    private static final long POLL_MILLIS = 100;

    private ReadAhead() {
    }

    /** Runs {@code reading} on a reader thread, handing each item it produces to {@code each} here. */
    static <T> void pipe(Consumer<Consumer<T>> reading, Consumer<T> each) {
        BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = Thread.ofVirtual().name("read-ahead").start(() -> read(reading, queue, stopped));
        try {
            while (true) {
                Batch<T> batch = take(queue);
                batch.items().forEach(each);
                if (batch.failure().isPresent()) {
                    throw rethrown(batch.failure().get());
                }
                if (batch.last()) {
                    return;
                }
            }
        } catch (RuntimeException | Error failure) {
            stopped.set(true);
            queue.clear();
            throw failure;
        } finally {
            joinUninterruptibly(reader);
        }
    }

    private static <T> void read(Consumer<Consumer<T>> reading, BlockingQueue<Batch<T>> queue, AtomicBoolean stopped) {
        Sink<T> sink = new Sink<>(queue, stopped);
        try {
            reading.accept(sink);
            sink.end(Optional.empty());
        } catch (Stopped stop) {
            // The caller gave up: nobody takes what was read.
        } catch (Throwable failure) {
            try {
                sink.end(Optional.of(failure));
            } catch (Stopped stop) {
                // The caller gave up already; its own failure is what it reports.
            }
        }
    }

    // Offers until there is room, giving up as soon as the caller has stopped taking.
    private static <T> void put(BlockingQueue<Batch<T>> queue, Batch<T> batch, AtomicBoolean stopped) {
        try {
            while (!queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        return switch (failure) {
            case RuntimeException unchecked -> unchecked;
            case Error error -> throw error;
            default -> new IllegalStateException("reading ahead failed", failure);
        };
    }

    private static <T> Batch<T> take(BlockingQueue<Batch<T>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }

    private static void joinUninterruptibly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // What the reader has read since the last batch it handed over.
    private static final class Sink<T> implements Consumer<T> {

        private final BlockingQueue<Batch<T>> queue;
        private final AtomicBoolean stopped;
        private List<T> pending = new ArrayList<>(BATCH);

        Sink(BlockingQueue<Batch<T>> queue, AtomicBoolean stopped) {
            this.queue = queue;
            this.stopped = stopped;
        }

        @Override
        public void accept(T item) {
            if (stopped.get()) {
                throw new Stopped();
            }
            pending.add(item);
            if (pending.size() == BATCH) {
                put(queue, new Batch<>(pending, false, Optional.empty()), stopped);
                pending = new ArrayList<>(BATCH);
            }
        }

        void end(Optional<Throwable> failure) {
            put(queue, new Batch<>(pending, true, failure), stopped);
        }
    }

    private record Batch<T>(List<T> items, boolean last, Optional<Throwable> failure) {
    }

    // Unwinds the reader when the caller has stopped; never seen outside this class.
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
