package dev.chit.application.live;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Boards;
import dev.chit.domain.port.OrderEventLog;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A kitchen's live board: who may watch it (the restaurant's staff and managers, admins), and
 * what brings a watching client up to date: the events it missed, or the board as it is.
 */
public final class FollowBoard {

    /** Orders that became final this recently stay on the board, in its "recently done" lane. */
    public static final Duration RECENTLY_DONE = Duration.ofHours(2);
    /** A board never holds more orders than this; a snapshot sends the oldest placed. */
    static final int SNAPSHOT_LIMIT = 1000;

    private final Restaurants restaurants;
    private final OrderEventLog log;
    private final Boards boards;
    private final LiveFrames frames;
    private final EventReplay replay;
    private final Clock clock;

    public FollowBoard(Restaurants restaurants, OrderEventLog log, Orders orders, Boards boards, LiveFrames frames,
                       Clock clock) {
        this.restaurants = restaurants;
        this.log = log;
        this.boards = boards;
        this.frames = frames;
        this.replay = new EventReplay(log, orders, frames);
        this.clock = clock;
    }

    /** Whether the caller may watch the restaurant's board; a restaurant that does not exist may not be watched. */
    public boolean allowed(Caller caller, RestaurantId restaurantId) {
        return caller.worksAt(restaurantId) && restaurants.find(restaurantId).isPresent();
    }

    /** @throws NotFound unless {@link #allowed} */
    public void requireAllowed(Caller caller, RestaurantId restaurantId) {
        if (!allowed(caller, restaurantId)) {
            throw new NotFound("restaurant", restaurantId);
        }
    }

    /** The events after {@code afterSeq} when they can be replayed, else (or without one) the board's snapshot. */
    public BoardSync sync(RestaurantId restaurantId, OptionalLong afterSeq) {
        if (afterSeq.isPresent()) {
            var replayed = replay.after(restaurantId, afterSeq.getAsLong(), orderId -> true);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        // The seq first: the orders, read after it, are at least as new as it. A change after it
        // comes as an event, which at worst shows the client what it already has.
        long seq = log.lastSeq(restaurantId);
        var orders = boards.onBoard(restaurantId, clock.instant().minus(RECENTLY_DONE), SNAPSHOT_LIMIT);
        return new BoardSync.Snapshot(seq, frames.snapshot(seq, orders));
    }
}
