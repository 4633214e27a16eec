package dev.chit.application.live;

import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderEventLog;
import dev.chit.domain.port.OrderEventSignals;
import dev.chit.domain.port.Orders;
import dev.chit.domain.restaurant.RestaurantId;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The relay between the event log and this server's connected clients. A signal (from this
 * instance's commits or another's) only says "restaurant R has new events"; the relay then
 * reads the log after the last {@code seq} it relayed for R, so a lost, late or repeated
 * signal loses or repeats nothing, and a gap fills itself. Each event is written once and
 * handed to every subscriber of its restaurant.
 *
 * <p>One thread does the reading and the handing over, away from the threads that commit
 * orders: a change never waits for its clients. Subscribers must not block (see
 * {@link LiveSubscriber}).
 *
 * <p>Why a new subscriber misses nothing: it subscribes first, then replays the log itself.
 * Everything at or below the relay's position when it subscribed was committed before its
 * replay began, so the replay has it; everything after that position the relay hands to it.
 */
public final class LiveRelay implements OrderEventSignals.Listener, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LiveRelay.class.getName());
    private static final int BATCH = 200;
    private static final Object EVERY_RESTAURANT = new Object();

    private final OrderEventLog log;
    private final Orders orders;
    private final LiveFrames frames;
    private final Map<RestaurantId, Channel> channels = new HashMap<>();
    private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong catchUps = new AtomicLong();
    private final Thread worker;
    private volatile boolean running = true;

    public LiveRelay(OrderEventLog log, Orders orders, LiveFrames frames) {
        this.log = log;
        this.orders = orders;
        this.frames = frames;
        this.worker = Thread.ofPlatform().daemon().name("chit-live-relay").unstarted(this::relayUntilClosed);
    }

    public LiveRelay start() {
        worker.start();
        return this;
    }

    /** A client's subscription to a restaurant's events; closing it ends the subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Starts handing {@code subscriber} every event of the restaurant after the relay's position now. */
    public Subscription subscribe(RestaurantId restaurantId, LiveSubscriber subscriber) {
        Channel channel;
        synchronized (channels) {
            channel = channels.computeIfAbsent(restaurantId, Channel::new);
            channel.subscribers.add(subscriber);
        }
        channel.startAt(log);
        return () -> {
            synchronized (channels) {
                channel.subscribers.remove(subscriber);
                if (channel.subscribers.isEmpty()) {
                    channels.remove(restaurantId, channel);
                }
            }
        };
    }

    @Override
    public void committed(RestaurantId restaurantId, long seq) {
        signals.add(restaurantId);
    }

    @Override
    public void mayHaveMissed() {
        catchUps.incrementAndGet();
        signals.add(EVERY_RESTAURANT);
    }

    /** Events handed to subscribers since start-up (each counted once, however many subscribers). */
    public long eventsRelayed() {
        return relayed.get();
    }

    /** How often signals may have been lost and every board was read again. */
    public long catchUps() {
        return catchUps.get();
    }

    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(5);

    private void relayUntilClosed() {
        while (running) {
            try {
                Object first = signals.take();
                Set<Object> due = new HashSet<>();
                due.add(first);
                signals.drainTo(due);
                for (Channel channel : channelsFor(due)) {
                    relay(channel);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                // The database may be away; the next signal (or the listener's catch-up) reads again.
                LOG.log(Level.WARNING, "event=live-relay-failed error=\"{0}\"", failed.getMessage());
                pauseAfterFailure();
            }
        }
    }

    private List<Channel> channelsFor(Set<Object> due) {
        synchronized (channels) {
            if (due.contains(EVERY_RESTAURANT)) {
                return List.copyOf(channels.values());
            }
            return due.stream().map(channels::get).filter(channel -> channel != null).toList();
        }
    }

    private void relay(Channel channel) {
        synchronized (channel) {
            channel.startAt(log);
            List<LoggedOrderEvent> events;
            do {
                events = log.after(channel.restaurantId, channel.position, BATCH);
                Map<Object, Optional<Order>> read = new HashMap<>();
                for (LoggedOrderEvent logged : events) {
                    Optional<Order> order = read.computeIfAbsent(logged.event().orderId(),
                            id -> orders.find(logged.event().orderId()));
                    if (order.isPresent()) {
                        LiveEvent event = new LiveEvent(channel.restaurantId, logged.event().orderId(), logged.seq(),
                                logged.event().at(), frames.event(logged, order.get()));
                        channel.subscribers.forEach(subscriber -> subscriber.deliver(event));
                        relayed.incrementAndGet();
                    }
                    channel.position = logged.seq();
                }
            } while (events.size() == BATCH);
        }
    }

    private void pauseAfterFailure() {
        try {
            Thread.sleep(500);
            signals.add(EVERY_RESTAURANT);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        // The database closes after this: a relay still reading would fail against it.
        try {
            worker.join(CLOSE_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One restaurant's subscribers on this server, and the last {@code seq} handed to them. */
    private static final class Channel {

        private final RestaurantId restaurantId;
        private final List<LiveSubscriber> subscribers = new CopyOnWriteArrayList<>();
        private long position = -1;

        Channel(RestaurantId restaurantId) {
            this.restaurantId = restaurantId;
        }

        synchronized void startAt(OrderEventLog log) {
            if (position < 0) {
                position = log.lastSeq(restaurantId);
            }
        }
    }
}
