package dev.chit.application.live;

import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.OrderEventLog;
import dev.chit.domain.port.Orders;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Replays what a client missed, when the log still has all of it: the events right after its
 * {@code afterSeq}, with no gap (none forgotten by retention) and not more than a replay is
 * worth. Otherwise there is no replay, and the client gets a snapshot.
 */
final class EventReplay {

    /** More missed events than this, and a snapshot is cheaper for everyone. */
    static final int LIMIT = 1000;

    private final OrderEventLog log;
    private final Orders orders;
    private final LiveFrames frames;

    EventReplay(OrderEventLog log, Orders orders, LiveFrames frames) {
        this.log = log;
        this.orders = orders;
        this.frames = frames;
    }

    /** The replay after {@code afterSeq} of the events {@code wanted} lets through, if one is possible. */
    Optional<BoardSync.Replay> after(RestaurantId restaurantId, long afterSeq, Predicate<OrderId> wanted) {
        long last = log.lastSeq(restaurantId);
        if (afterSeq > last || afterSeq < 0) {
            return Optional.empty();
        }
        if (afterSeq == last) {
            return Optional.of(new BoardSync.Replay(afterSeq, List.of()));
        }
        List<LoggedOrderEvent> missed = log.after(restaurantId, afterSeq, LIMIT + 1);
        if (missed.size() > LIMIT || !unbroken(afterSeq, missed) || missed.getLast().seq() < last) {
            return Optional.empty();
        }
        Map<OrderId, Optional<Order>> read = new HashMap<>();
        List<String> replayed = new ArrayList<>();
        for (LoggedOrderEvent logged : missed) {
            OrderId orderId = logged.event().orderId();
            if (wanted.test(orderId)) {
                read.computeIfAbsent(orderId, orders::find)
                        .ifPresent(order -> replayed.add(frames.event(logged, order)));
            }
        }
        return Optional.of(new BoardSync.Replay(missed.getLast().seq(), replayed));
    }

    private static boolean unbroken(long afterSeq, List<LoggedOrderEvent> events) {
        long expected = afterSeq + 1;
        for (LoggedOrderEvent event : events) {
            if (event.seq() != expected++) {
                return false;
            }
        }
        return !events.isEmpty();
    }
}
