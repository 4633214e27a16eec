package dev.chit.adapters.web.support;

import dev.chit.domain.order.OrderId;

/** Where the API lives, for the links and {@code Location} headers it hands out. */
public final class ApiPaths {

    public static final String BASE = "/api/v1";

    private ApiPaths() {
    }

    public static String order(OrderId id) {
        return BASE + "/orders/" + id;
    }

    public static String receipt(OrderId id) {
        return order(id) + "/receipt";
    }
}
