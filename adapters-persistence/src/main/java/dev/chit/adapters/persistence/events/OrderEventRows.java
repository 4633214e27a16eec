package dev.chit.adapters.persistence.events;

import dev.chit.domain.order.Actor;
import dev.chit.domain.order.ActorType;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderEvent.LinesBumped;
import dev.chit.domain.order.OrderEvent.OrderDisputed;
import dev.chit.domain.order.OrderEvent.OrderDue;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentAction;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalBool;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * The {@code order_events} table: one row per event, wide enough to rebuild the event. A dispute
 * is a {@code PAYMENT_CHANGED} row with the reason {@value #DISPUTED} (see V77 for why it has no
 * kind of its own).
 */
final class OrderEventRows {

    private static final String DISPUTED = "disputed";

    static final String ORDER_CREATED = "order.created";
    static final String ORDER_UPDATED = "order.updated";

    private static final String COLUMNS = """
            restaurant_id, seq, type, order_id, kind, from_status, to_status, payment_status, payment_action,
            actor_type, actor_id, actor_is_manager, reason, created_at, estimated_ready_at, delay_minutes""";

    static final String INSERT = "INSERT INTO order_events (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String AFTER = "SELECT " + COLUMNS + " FROM order_events"
            + " WHERE restaurant_id = ? AND seq > ? ORDER BY seq LIMIT ?";

    private OrderEventRows() {
    }

    static String typeOf(OrderEvent event) {
        return event instanceof OrderPlaced ? ORDER_CREATED : ORDER_UPDATED;
    }

    static List<Object> insertParams(long seq, OrderEvent event) {
        Object kind;
        Object from = null;
        Object to = null;
        Object paymentStatus = null;
        Object paymentAction = null;
        Optional<Actor> actor = Optional.empty();
        Optional<String> reason = Optional.empty();
        Object estimatedReadyAt = null;
        Object delayMinutes = null;
        switch (event) {
            case OrderPlaced placed -> kind = "PLACED";
            case OrderStatusChanged moved -> {
                kind = "STATUS_CHANGED";
                from = moved.from();
                to = moved.to();
                paymentAction = moved.paymentAction();
                actor = Optional.of(moved.actor());
                reason = moved.reason();
            }
            case PaymentChanged paid -> {
                kind = "PAYMENT_CHANGED";
                paymentStatus = paid.paymentStatus();
            }
            case OrderDue due -> kind = "DUE";
            case OrderDisputed disputed -> {
                kind = "PAYMENT_CHANGED";
                reason = Optional.of(DISPUTED);
            }
            case LinesBumped bumped -> {
                kind = bumped.recalled() ? "LINES_RECALLED" : "LINES_BUMPED";
                actor = Optional.of(bumped.actor());
            }
            case OrderDelayed delayed -> {
                kind = "DELAYED";
                actor = Optional.of(delayed.actor());
                reason = delayed.reason();
                estimatedReadyAt = delayed.estimatedReadyAt();
                delayMinutes = delayed.delay().toMinutes();
            }
        }
        return Arrays.asList(event.restaurantId().value(), seq, typeOf(event), event.orderId().value(), kind,
                from, to, paymentStatus, paymentAction, actor.map(Actor::type), actor.flatMap(Actor::id),
                actor.map(Actor::manager), reason, event.at(), estimatedReadyAt, delayMinutes);
    }

    static LoggedOrderEvent event(DbRow row) {
        OrderId orderId = new OrderId(uuid(row, "order_id"));
        RestaurantId restaurantId = new RestaurantId(uuid(row, "restaurant_id"));
        Instant at = instant(row, "created_at");
        OrderEvent event = switch (text(row, "kind")) {
            case "PLACED" -> new OrderPlaced(orderId, restaurantId, at);
            case "STATUS_CHANGED" -> new OrderStatusChanged(orderId, restaurantId,
                    enumValue(row, "from_status", OrderStatus.class), enumValue(row, "to_status", OrderStatus.class),
                    actor(row),
                    optionalText(row, "reason"), enumValue(row, "payment_action", PaymentAction.class), at);
            case "PAYMENT_CHANGED" -> optionalText(row, "reason").filter(DISPUTED::equals).isPresent()
                    ? new OrderDisputed(orderId, restaurantId, at)
                    : new PaymentChanged(orderId, restaurantId, enumValue(row, "payment_status", PaymentStatus.class), at);
            case "DELAYED" -> new OrderDelayed(orderId, restaurantId, Duration.ofMinutes(longValue(row, "delay_minutes")),
                    instant(row, "estimated_ready_at"), actor(row), optionalText(row, "reason"), at);
            case "DUE" -> new OrderDue(orderId, restaurantId, at);
            case "LINES_BUMPED" -> new LinesBumped(orderId, restaurantId, actor(row), false, at);
            case "LINES_RECALLED" -> new LinesBumped(orderId, restaurantId, actor(row), true, at);
            default -> throw new IllegalStateException("unknown order event kind " + text(row, "kind"));
        };
        return new LoggedOrderEvent(longValue(row, "seq"), event);
    }

    private static Actor actor(DbRow row) {
        return new Actor(enumValue(row, "actor_type", ActorType.class), optionalUuid(row, "actor_id"),
                optionalBool(row, "actor_is_manager").orElse(false));
    }
}
