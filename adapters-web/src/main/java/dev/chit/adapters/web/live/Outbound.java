package dev.chit.adapters.web.live;

import io.helidon.common.buffers.BufferData;
import io.helidon.websocket.WsSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One socket's way out: a bounded queue and a writer thread of its own. Whoever has something
 * for the client only queues it, so a client that reads slowly, or not at all, holds up its
 * own writer and nobody else; when its queue is full it has fallen behind.
 */
final class Outbound {

    private sealed interface Item {
    }

    private record Text(String text, Optional<Instant> occurredAt) implements Item {
    }

    private record Ping() implements Item {
    }

    private record Close(int code, String reason) implements Item {
    }

    private final WsSession session;
    private final BlockingQueue<Item> queue;
    private final LiveMetrics metrics;
    private final Clock clock;
    private final Thread writer;
    private volatile boolean closing;

    Outbound(WsSession session, int capacity, LiveMetrics metrics, Clock clock, String name) {
        this.session = session;
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.metrics = metrics;
        this.clock = clock;
        this.writer = Thread.ofVirtual().name(name).start(this::writeUntilClosed);
    }

    /**
     * Queues a text frame; {@code occurredAt} is when the change it tells of happened.
     *
     * @return false when the client has fallen behind (its queue is full) or the socket is closing
     */
    boolean send(String text, Optional<Instant> occurredAt) {
        // One place stays free for the close frame that tells a client it fell behind.
        return !closing && queue.remainingCapacity() > 1 && queue.offer(new Text(text, occurredAt));
    }

    /**
     * Queues a text frame, waiting up to {@code patience} for room: for the frames that bring a
     * client up to date, which may be more than the queue holds.
     *
     * @return false when there was no room in time, or the socket is closing
     */
    boolean sendWaiting(String text, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!closing) {
            if (queue.remainingCapacity() > 1 && queue.offer(new Text(text, Optional.empty()))) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Queues a ping, unless the queue is full: a client that far behind is being closed anyway. */
    void ping() {
        if (!closing && queue.remainingCapacity() > 1) {
            queue.offer(new Ping());
        }
    }

    /** Drops the frames not yet written, for a client that asked to be brought up to date again. */
    void discardPending() {
        queue.removeIf(item -> item instanceof Text);
    }

    /** Closes the socket with {@code code} after what is being written now; queued frames are dropped. */
    void close(int code, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        queue.clear();
        queue.offer(new Close(code, reason));
    }

    boolean closing() {
        return closing;
    }

    /** The socket is gone: stop writing. */
    void stop() {
        closing = true;
        writer.interrupt();
    }

    private void writeUntilClosed() {
        try {
            while (true) {
                switch (queue.take()) {
                    case Text text -> {
                        session.send(text.text(), true);
                        metrics.frameSent();
                        text.occurredAt().ifPresent(at -> metrics.eventLag(Duration.between(at, clock.instant())));
                    }
                    case Ping ping -> session.ping(BufferData.empty());
                    case Close close -> {
                        session.close(close.code(), close.reason());
                        return;
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException gone) {
            // The connection broke under the write; its reader sees it too and cleans up.
            closing = true;
        }
    }
}
