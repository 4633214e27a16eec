package dev.chit.adapters.web.orders;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.domain.order.Order;

/**
 * The answer to a checkout: the order, the guest's access token for it (shown this once; only
 * its hash is stored) and where to find the order and its receipt.
 */
record PlacedOrderJson(@JsonUnwrapped OrderJson order, String accessToken, LinksJson links) {

    static PlacedOrderJson of(Order order, String accessToken) {
        return new PlacedOrderJson(OrderJson.of(order), accessToken,
                new LinksJson(ApiPaths.order(order.id()), ApiPaths.receipt(order.id())));
    }

    record LinksJson(String self, String receipt) {
    }
}
