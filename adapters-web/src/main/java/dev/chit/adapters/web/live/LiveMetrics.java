package dev.chit.adapters.web.live;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the live sockets report on {@code /observe/metrics}: open sockets per endpoint, frames
 * sent, clients closed for falling behind, and the lag from an order's change to its frame
 * leaving the server.
 */
final class LiveMetrics {

    private final MeterRegistry registry = Metrics.globalRegistry();
    private final Counter framesSent;
    private final Counter fellBehind;
    private final Timer lag;

    LiveMetrics() {
        framesSent = registry.getOrCreate(Counter.builder("chit.live.frames.sent")
                .description("Frames sent to live-update clients (events, snapshots, errors)"));
        fellBehind = registry.getOrCreate(Counter.builder("chit.live.closed.behind")
                .description("Live-update clients closed with 4008 because their send queue was full"));
        lag = registry.getOrCreate(Timer.builder("chit.live.lag")
                .description("From an order's change to its frame being written to a client")
                .percentiles(0.5, 0.99));
    }

    void openSockets(String endpoint, Supplier<Integer> count) {
        List<Tag> tags = List.of(Metrics.tag("endpoint", endpoint));
        registry.remove("chit.live.sockets.open", tags);
        registry.getOrCreate(Gauge.builder("chit.live.sockets.open", count).tags(tags)
                .description("Open live-update sockets"));
    }

    /**
     * Also for the relay's and the listener's counts, which the composition root hands over.
     * A gauge reads the counts of the server that made it, and the registry is the JVM's: one
     * started again in the same JVM (tests start many) replaces the gauge of the one before.
     */
    static void count(String name, String description, Supplier<Long> count) {
        MeterRegistry registry = Metrics.globalRegistry();
        registry.remove(name, List.of());
        registry.getOrCreate(Gauge.builder(name, count).description(description));
    }

    void frameSent() {
        framesSent.increment();
    }

    void eventLag(Duration sinceChange) {
        lag.record(sinceChange.isNegative() ? Duration.ZERO : sinceChange);
    }

    void closedBehind() {
        fellBehind.increment();
    }
}
