package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Rfc3339;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.PageLimits;
import dev.chit.application.orders.ListOrders;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.common.parameters.Parameters;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@code GET /restaurants/{id}/orders}: {@code status} and {@code fulfillment}
 * (comma-separated, or repeated), {@code from} and {@code to} (RFC 3339), {@code q},
 * {@code sort} ({@code placedAt} or {@code -placedAt}, the default), {@code limit} (1 to 200,
 * default 50), {@code cursor}, and {@code scheduled} ({@code include} to list scheduled orders not
 * yet due to start; {@code due}, the default, leaves them out). Whatever cannot be read is a 400 naming the parameter.
 */
final class OrderListParameters {

    static final int MAX_TEXT_LENGTH = 200;

    private OrderListParameters() {
    }

    static OrderQuery parse(Parameters query, RestaurantId restaurantId) {
        Set<OrderStatus> statuses = enums(query, "status", OrderStatus.class);
        Set<FulfillmentType> fulfillments = enums(query, "fulfillment", FulfillmentType.class);
        Optional<Instant> from = first(query, "from").map(text -> instant("from", text));
        Optional<Instant> to = first(query, "to").map(text -> instant("to", text));
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new MalformedParameter("to", "out-of-range", "to must be after from");
        }
        Optional<String> text = first(query, "q");
        if (text.isPresent() && text.get().length() > MAX_TEXT_LENGTH) {
            throw new MalformedParameter("q", "too-long", "q must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        OrderSort sort = first(query, "sort").map(OrderListParameters::sort).orElse(OrderSort.NEWEST_FIRST);
        int limit = first(query, "limit").map(given -> PageLimits.parse(given, OrderQuery.MAX_LIMIT)).orElse(OrderQuery.DEFAULT_LIMIT);
        Optional<OrderCursor> after = first(query, "cursor").map(cursor -> OrderCursors.decode(cursor, sort));
        return new OrderQuery(restaurantId, statuses, fulfillments, from, to, text, sort, limit, after);
    }

    static ListOrders.Scheduled scheduled(Parameters query) {
        return first(query, "scheduled").map(value -> switch (value) {
            case "include" -> ListOrders.Scheduled.INCLUDE;
            case "due" -> ListOrders.Scheduled.WHEN_DUE;
            default -> throw new MalformedParameter("scheduled", "invalid-value", "scheduled must be include or due");
        }).orElse(ListOrders.Scheduled.WHEN_DUE);
    }

    private static Optional<String> first(Parameters query, String name) {
        return query.contains(name) ? query.first(name).asOptional().filter(value -> !value.isBlank()) : Optional.empty();
    }

    private static <E extends Enum<E>> Set<E> enums(Parameters query, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        List<String> given = query.contains(name) ? query.all(name) : List.of();
        for (String value : given.stream().flatMap(all -> Arrays.stream(all.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).toList()) {
            values.add(constant(name, value, type));
        }
        return values;
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new MalformedParameter(name, "invalid-value", name + " must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", comma-separated");
        }
    }

    private static Instant instant(String name, String text) {
        try {
            return Rfc3339.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedParameter(name, "invalid-value",
                    name + " must be an RFC 3339 timestamp such as 2026-11-25T19:04:05Z");
        }
    }

    private static OrderSort sort(String text) {
        return switch (text) {
            case "placedAt" -> OrderSort.OLDEST_FIRST;
            case "-placedAt" -> OrderSort.NEWEST_FIRST;
            default -> throw new MalformedParameter("sort", "invalid-value",
                    "sort must be placedAt (oldest first) or -placedAt (newest first)");
        };
    }
}
