package dev.chit.domain.port;

import dev.chit.domain.order.Order;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

/** What a kitchen's live board shows at one moment. */
public interface Boards {

    /**
     * The restaurant's orders that are not final, with those that became final at
     * {@code finalSince} or later, oldest placed first, at most {@code limit}.
     */
    List<Order> onBoard(RestaurantId restaurantId, Instant finalSince, int limit);
}
