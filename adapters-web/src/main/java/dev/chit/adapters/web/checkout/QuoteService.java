package dev.chit.adapters.web.checkout;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code POST /restaurants/{restaurantId}/quotes}: public, prices a cart without placing it. */
public final class QuoteService implements HttpService {

    private static final String QUOTES = "/restaurants/{restaurantId}/quotes";

    private final QuoteCart quoteCart;
    private final Json json;

    public QuoteService(QuoteCart quoteCart, Json json) {
        this.quoteCart = quoteCart;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(QUOTES, this::quote)
                .any(QUOTES, MethodNotAllowed.allowing(Method.POST));
    }

    private void quote(ServerRequest req, ServerResponse res) {
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        CartJson body = json.read(JsonBody.read(req), CartJson.class);
        Violations violations = new Violations();
        Optional<Cart> cart = body.toCart(violations);
        violations.throwIfAny();
        JsonResponses.send(res, Status.OK_200,
                json.write(QuoteJson.of(quoteCart.quote(restaurantId, cart.orElseThrow()))));
    }
}
