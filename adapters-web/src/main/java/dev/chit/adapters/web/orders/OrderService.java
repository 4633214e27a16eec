package dev.chit.adapters.web.orders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.adapters.web.support.Idempotency;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.access.Caller;
import dev.chit.application.checkout.PlaceOrder;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.orders.AcceptAutomatically;
import dev.chit.application.orders.CancelOrder;
import dev.chit.application.orders.ViewOrder;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * Orders as guests reach them: {@code POST /orders} places one (idempotently, under the
 * client's {@code Idempotency-Key}), {@code GET /orders/{orderId}} shows it to the holder of its
 * access token or to its restaurant's people, {@code POST /orders/{orderId}/cancel} lets the guest
 * call it off while it is placed.
 */
public final class OrderService implements HttpService {

    public static final HeaderName ORDER_TOKEN = HeaderNames.create("X-Order-Token");

    private static final String ORDERS = "/orders";
    private static final String ORDER = "/orders/{orderId}";
    private static final String CANCEL = "/orders/{orderId}/cancel";

    private final PlaceOrder placeOrder;
    private final ViewOrder viewOrder;
    private final CancelOrder cancelOrder;
    private final AcceptAutomatically acceptAutomatically;
    private final Json json;

    public OrderService(PlaceOrder placeOrder, ViewOrder viewOrder, CancelOrder cancelOrder,
                        AcceptAutomatically acceptAutomatically, Json json) {
        this.placeOrder = placeOrder;
        this.viewOrder = viewOrder;
        this.cancelOrder = cancelOrder;
        this.acceptAutomatically = acceptAutomatically;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(ORDERS, this::place)
                .any(ORDERS, MethodNotAllowed.allowing(Method.POST))
                .get(ORDER, this::view)
                .any(ORDER, MethodNotAllowed.allowing(Method.GET))
                .post(CANCEL, this::cancel)
                .any(CANCEL, MethodNotAllowed.allowing(Method.POST));
    }

    private void place(ServerRequest req, ServerResponse res) {
        byte[] body = JsonBody.read(req);
        String key = Idempotency.key(req);
        PlaceOrderCommand command = json.read(body, PlaceOrderJson.class)
                .toCommand(key, Idempotency.fingerprint(body), BrowserLanguage.of(req));
        PlaceOrderResult result = placeOrder.place(command,
                (order, accessToken, clientSecret) -> json.write(PlacedOrderJson.of(order, accessToken, clientSecret)));
        switch (result) {
            case PlaceOrderResult.Placed placed -> {
                Order order = placed.order();
                // A restaurant with autoAccept takes the order now, as a move of its own; the
                // answer stays the order as placed, which is what replays answer too.
                acceptAutomatically.afterPlacement(placed);
                res.header(HeaderNames.LOCATION, ApiPaths.order(order.id()));
                res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
                JsonResponses.send(res, Status.CREATED_201, placed.confirmation());
            }
            case PlaceOrderResult.AwaitingPayment awaiting -> {
                // 202: the order exists, but is placed only once the guest's bank says yes.
                res.header(HeaderNames.LOCATION, ApiPaths.order(awaiting.order().id()));
                res.header(HeaderNames.ETAG, JsonResponses.entityTag(awaiting.order().version()));
                JsonResponses.send(res, Status.ACCEPTED_202, awaiting.confirmation());
            }
            case PlaceOrderResult.Replayed replayed -> replay(res, replayed, json);
        }
    }

    // The stored bytes go out unchanged; the headers are rebuilt from them as the first answer had them.
    static void replay(ServerResponse res, PlaceOrderResult.Replayed replayed, Json json) {
        JsonNode stored = json.tree(replayed.body());
        if (stored.hasNonNull("id")) {
            res.header(HeaderNames.LOCATION, ApiPaths.BASE + "/orders/" + stored.get("id").asText());
        }
        if (stored.hasNonNull("version")) {
            res.header(HeaderNames.ETAG, JsonResponses.entityTag(stored.get("version").asLong()));
        }
        res.header(Idempotency.REPLAYED, "true");
        JsonResponses.send(res, Status.create(replayed.status()), replayed.body());
    }

    /** To the guest holding its token, or to someone signed in who works at its restaurant; to anyone else a 404. */
    private void view(ServerRequest req, ServerResponse res) {
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        Optional<String> accessToken = req.headers().first(ORDER_TOKEN);
        // Credentials that came but do not count (expired, revoked) answer 401 rather than 404.
        Optional<Caller> caller = Callers.optional(req);
        Order order;
        if (accessToken.isPresent()) {
            order = viewOrder.forGuest(orderId, accessToken.get());
        } else if (caller.isPresent()) {
            order = viewOrder.forCaller(caller.get(), orderId);
        } else {
            throw new NotFound("order", orderId);
        }
        res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
        JsonResponses.send(res, Status.OK_200, json.write(OrderJson.of(order)));
    }

    /** The guest calls the order off while it is placed; the body, with a reason, may be left out. */
    private void cancel(ServerRequest req, ServerResponse res) {
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        String accessToken = req.headers().first(ORDER_TOKEN).orElseThrow(() -> new NotFound("order", orderId));
        Optional<String> reason = JsonBody.readIfAny(req)
                .flatMap(body -> Optional.ofNullable(json.read(body, CancelJson.class).reason()));
        Order order = cancelOrder.byGuest(orderId, accessToken, reason);
        res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
        JsonResponses.send(res, Status.OK_200, json.write(OrderJson.of(order)));
    }
}
