package dev.chit.adapters.web.live;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a live socket follows, read from its path. */
sealed interface SocketTarget {

    String BOARD_PATH = "/ws/restaurants/{restaurantId}/orders";
    String TRACKING_PATH = "/ws/orders/{orderId}";

    Pattern BOARD = Pattern.compile("^/ws/restaurants/([^/]+)/orders/?$");
    Pattern TRACKING = Pattern.compile("^/ws/orders/([^/]+)/?$");

    /** A kitchen's board. */
    record Board(RestaurantId restaurantId) implements SocketTarget {
    }

    /** A guest's one order. */
    record Tracking(OrderId orderId) implements SocketTarget {
    }

    /** The endpoint's name in metrics and logs. */
    default String endpoint() {
        return this instanceof Board ? "board" : "order";
    }

    /** The target of {@code path}; empty when its id is not a UUID (no such board or order). */
    static Optional<SocketTarget> of(String path) {
        Matcher board = BOARD.matcher(path);
        if (board.matches()) {
            return uuid(board.group(1)).map(id -> new Board(new RestaurantId(id)));
        }
        Matcher tracking = TRACKING.matcher(path);
        if (tracking.matches()) {
            return uuid(tracking.group(1)).map(id -> new Tracking(new OrderId(id)));
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
