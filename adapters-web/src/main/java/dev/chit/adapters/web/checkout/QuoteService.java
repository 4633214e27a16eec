package dev.chit.adapters.web.checkout;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.checkout.OfferSlots;
import dev.chit.application.checkout.QuoteCart;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code POST /restaurants/{restaurantId}/quotes}: public, prices a cart without placing it; and
 * {@code GET /restaurants/{restaurantId}/slots?date=YYYY-MM-DD}: public, the times a cart may be
 * scheduled for on that day.
 */
public final class QuoteService implements HttpService {

    private static final String QUOTES = "/restaurants/{restaurantId}/quotes";
    private static final String SLOTS = "/restaurants/{restaurantId}/slots";

    private final QuoteCart quoteCart;
    private final OfferSlots offerSlots;
    private final Json json;

    public QuoteService(QuoteCart quoteCart, OfferSlots offerSlots, Json json) {
        this.quoteCart = quoteCart;
        this.offerSlots = offerSlots;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(QUOTES, this::quote)
                .any(QUOTES, MethodNotAllowed.allowing(Method.POST))
                .get(SLOTS, this::slots)
                .any(SLOTS, MethodNotAllowed.allowing(Method.GET));
    }

    private void slots(ServerRequest req, ServerResponse res) {
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        var query = req.query();
        String date = query.contains("date") ? query.first("date").asOptional().orElse("") : "";
        if (date.isBlank()) {
            throw new MalformedParameter("date", "required", "date (YYYY-MM-DD) is required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException notADate) {
            throw new MalformedParameter("date", "invalid-value", "date must be a date as YYYY-MM-DD");
        }
        JsonResponses.send(res, Status.OK_200, json.write(SlotsJson.of(offerSlots.on(restaurantId, day))));
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
