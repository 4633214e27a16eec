package dev.chit.adapters.web.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.domain.order.Order;

import java.util.Optional;

/**
 * The answer to a checkout: the order, the guest's access token for it (shown this once; only
 * its hash is stored) and where to find the order and its receipt. An order that waits for the
 * guest's bank (3-D Secure) also carries {@code paymentAction}, what the guest's browser needs
 * to ask it; a placed order has none.
 */
record PlacedOrderJson(@JsonUnwrapped OrderJson order, String accessToken, LinksJson links,
                       @JsonInclude(JsonInclude.Include.NON_NULL) PaymentActionJson paymentAction) {

    static PlacedOrderJson of(Order order, String accessToken, Optional<String> clientSecret) {
        return new PlacedOrderJson(OrderJson.of(order), accessToken,
                new LinksJson(ApiPaths.order(order.id()), ApiPaths.receipt(order.id())),
                clientSecret.map(PaymentActionJson::stripe).orElse(null));
    }

    record LinksJson(String self, String receipt) {
    }

    /** API.md: {@code "paymentAction":{"type":"stripe","clientSecret":"pi_..._secret_..."}}. */
    record PaymentActionJson(String type, String clientSecret) {

        static PaymentActionJson stripe(String clientSecret) {
            return new PaymentActionJson("stripe", clientSecret);
        }
    }
}
