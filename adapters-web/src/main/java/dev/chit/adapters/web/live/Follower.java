package dev.chit.adapters.web.live;

import dev.chit.application.live.BoardSync;
import dev.chit.application.live.LiveEvent;
import dev.chit.application.live.LiveSubscriber;
import dev.chit.domain.order.OrderId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One socket's place in its restaurant's events. While the socket is being brought up to date
 * (a replay or a snapshot, read after subscribing) live events are held; then those at or
 * below the sync's {@code seq} are dropped, the rest sent: the switch-over from replay to live
 * loses and repeats nothing. After that each event goes out once, in {@code seq} order.
 */
final class Follower implements LiveSubscriber {

    /** Close code for a client whose queue is full; it reconnects and resumes. */
    static final int FELL_BEHIND = 4008;

    /** How long a client may take to read a replay or snapshot before it counts as fallen behind. */
    private static final Duration SYNC_PATIENCE = Duration.ofSeconds(10);
    /** Live events held while a sync is written; more than this and the client is too slow. */
    private static final int MAX_HELD = 10_000;

    private final Predicate<OrderId> wanted;
    private final Outbound out;
    private final Runnable fellBehind;
    private final List<LiveEvent> held = new ArrayList<>();
    private boolean syncing = true;
    private long position;

    Follower(Predicate<OrderId> wanted, Outbound out, Runnable fellBehind) {
        this.wanted = wanted;
        this.out = out;
        this.fellBehind = fellBehind;
    }

    @Override
    public synchronized void deliver(LiveEvent event) {
        if (!wanted.test(event.orderId()) || out.closing()) {
            return;
        }
        if (syncing) {
            held.add(event);
            if (held.size() > MAX_HELD) {
                behind();
            }
        } else if (event.seq() > position) {
            send(event);
        }
    }

    /** Holds live events from now on, until {@link #synced}; frames not yet written are dropped. */
    synchronized void syncing() {
        syncing = true;
        out.discardPending();
    }

    /**
     * Sends the sync's frames, then the held events after its {@code seq}, and goes live. A replay
     * may be longer than the queue: it is written as fast as the client reads it, on the socket's
     * own thread, without holding up the relay (which only adds to {@code held} meanwhile).
     */
    void synced(BoardSync sync) {
        for (String frame : sync.frames()) {
            if (!out.sendWaiting(frame, SYNC_PATIENCE)) {
                synchronized (this) {
                    behind();
                }
                return;
            }
        }
        synchronized (this) {
            position = sync.seq();
            syncing = false;
            for (LiveEvent event : held) {
                if (event.seq() > position) {
                    send(event);
                }
            }
            held.clear();
        }
    }

    private void send(LiveEvent event) {
        if (out.send(event.frame(), Optional.of(event.occurredAt()))) {
            position = event.seq();
        } else {
            behind();
        }
    }

    private void behind() {
        held.clear();
        fellBehind.run();
        out.close(FELL_BEHIND, "fell behind: reconnect with afterSeq");
    }
}
