package dev.chit.application.live;

import dev.chit.application.support.AccessTokens;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.OrderEventLog;
import dev.chit.domain.port.Orders;

import java.util.List;
import java.util.OptionalLong;

/** A guest following their order live, with the order's access token; to anyone else the order does not exist. */
public final class FollowOrder {

    private final Orders orders;
    private final OrderEventLog log;
    private final LiveFrames frames;
    private final EventReplay replay;

    public FollowOrder(Orders orders, OrderEventLog log, LiveFrames frames) {
        this.orders = orders;
        this.log = log;
        this.frames = frames;
        this.replay = new EventReplay(log, orders, frames);
    }

    /**
     * @return the order, when {@code accessToken} is its token
     * @throws NotFound otherwise, the same whether the order does not exist or the token is wrong
     */
    public Order requireAllowed(OrderId orderId, String accessToken) {
        boolean allowed = orders.accessTokenHash(orderId)
                .map(hash -> AccessTokens.matches(accessToken, hash))
                .orElse(false);
        if (!allowed) {
            throw new NotFound("order", orderId);
        }
        return orders.find(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }

    /** The order's events after {@code afterSeq} (the restaurant's seq) when they can be replayed, else the order. */
    public BoardSync sync(Order order, OptionalLong afterSeq) {
        if (afterSeq.isPresent()) {
            var replayed = replay.after(order.restaurantId(), afterSeq.getAsLong(), order.id()::equals);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        long seq = log.lastSeq(order.restaurantId());
        Order now = orders.find(order.id()).orElse(order);
        return new BoardSync.Snapshot(seq, frames.snapshot(seq, List.of(now)));
    }
}
