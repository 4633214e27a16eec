package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.problem.ProblemMapping;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.adapters.web.support.Idempotency;
import dev.chit.adapters.web.support.IfMatch;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.RequestIds;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.orders.BulkTransitionOrders;
import dev.chit.application.orders.BulkTransitionOrders.Outcome;
import dev.chit.application.orders.DelayOrder;
import dev.chit.application.orders.EnterOrder;
import dev.chit.application.orders.ListOrders;
import dev.chit.application.orders.MoveOrder;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Optional;

/**
 * The pass, where staff run the orders: the board and search ({@code GET
 * /restaurants/{id}/orders}, scheduled orders once due to start unless {@code ?scheduled=include}),
 * orders taken on the phone or at the counter ({@code POST /restaurants/{id}/orders}, idempotent
 * under {@code Idempotency-Key} as checkout is), moves one at a time ({@code POST /orders/{id}/transitions}, with
 * {@code If-Match}) or many at once ({@code POST /restaurants/{id}/orders/bulk-transitions}), and
 * delays ({@code POST /orders/{id}/delay}). Every route needs a signed-in caller; what they may
 * do is the use cases' to decide.
 */
public final class PassService implements HttpService {

    private static final String BOARD = "/restaurants/{restaurantId}/orders";
    private static final String BULK = "/restaurants/{restaurantId}/orders/bulk-transitions";
    private static final String TRANSITIONS = "/orders/{orderId}/transitions";
    private static final String DELAY = "/orders/{orderId}/delay";

    private final ListOrders listOrders;
    private final EnterOrder enterOrder;
    private final MoveOrder moveOrder;
    private final BulkTransitionOrders bulkTransitionOrders;
    private final DelayOrder delayOrder;
    private final Json json;

    public PassService(ListOrders listOrders, EnterOrder enterOrder, MoveOrder moveOrder,
                       BulkTransitionOrders bulkTransitionOrders, DelayOrder delayOrder, Json json) {
        this.listOrders = listOrders;
        this.enterOrder = enterOrder;
        this.moveOrder = moveOrder;
        this.bulkTransitionOrders = bulkTransitionOrders;
        this.delayOrder = delayOrder;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(BOARD, this::list)
                .post(BOARD, this::enter)
                .any(BOARD, MethodNotAllowed.allowing(Method.GET, Method.POST))
                .post(BULK, this::bulk)
                .any(BULK, MethodNotAllowed.allowing(Method.POST))
                .post(TRANSITIONS, this::transition)
                .any(TRANSITIONS, MethodNotAllowed.allowing(Method.POST))
                .post(DELAY, this::delay)
                .any(DELAY, MethodNotAllowed.allowing(Method.POST));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        OrderQuery query = OrderListParameters.parse(req.query(), restaurantId(req));
        OrderPage page = listOrders.list(caller, query, OrderListParameters.scheduled(req.query()));
        String next = page.next().map(cursor -> OrderCursors.encode(cursor, query.sort())).orElse(null);
        JsonResponses.send(res, Status.OK_200,
                json.write(new OrderListJson(page.items().stream().map(OrderJson::of).toList(), next)));
    }

    /** An order the staff take on the phone or at the counter; it starts accepted. */
    private void enter(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        byte[] body = JsonBody.read(req);
        String key = Idempotency.key(req);
        PlaceOrderCommand command = json.read(body, PlaceOrderJson.class)
                .toCommandAt(restaurantId, key, Idempotency.fingerprint(body), BrowserLanguage.of(req));
        PlaceOrderResult result = enterOrder.enter(caller, command,
                (order, accessToken, clientSecret) -> json.write(PlacedOrderJson.of(order, accessToken, clientSecret)));
        switch (result) {
            case PlaceOrderResult.Placed placed -> {
                Order order = placed.order();
                res.header(HeaderNames.LOCATION, ApiPaths.order(order.id()));
                res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
                JsonResponses.send(res, Status.CREATED_201,
                        json.write(PlacedOrderJson.of(order, placed.accessToken(), Optional.empty())));
            }
            // PlaceOrder declines a card that needs the guest's bank when staff enter the order.
            case PlaceOrderResult.AwaitingPayment awaiting -> throw new IllegalStateException(
                    "an order the staff enter never waits for the guest's bank");
            case PlaceOrderResult.Replayed replayed -> OrderService.replay(res, replayed, json);
        }
    }

    private void transition(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        OrderId orderId = orderId(req);
        var ifMatch = IfMatch.version(req);
        var request = json.read(JsonBody.read(req), TransitionJson.class).toRequest();
        sendOrder(res, moveOrder.move(caller, orderId, request, ifMatch));
    }

    private void bulk(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        var bulk = json.read(JsonBody.read(req), BulkTransitionJson.class).toBulk();
        List<Outcome> outcomes = bulkTransitionOrders.transition(caller, restaurantId, bulk.orderIds(), bulk.request());
        String requestId = RequestIds.of(req);
        List<BulkResultJson> results = outcomes.stream().map(outcome -> outcome.moved()
                .map(moved -> new BulkResultJson(outcome.orderId().value(), true, moved.status(), moved.version(), null))
                .orElseGet(() -> new BulkResultJson(outcome.orderId().value(), false, null, null,
                        ProblemMapping.problem(outcome.refused().orElseThrow(),
                                ApiPaths.order(outcome.orderId()) + "/transitions", requestId))))
                .toList();
        JsonResponses.send(res, Status.OK_200, json.write(new BulkResultJson.ResultsJson(results)));
    }

    private void delay(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        OrderId orderId = orderId(req);
        var body = json.read(JsonBody.read(req), DelayJson.class);
        sendOrder(res, delayOrder.delay(caller, orderId, body.delay(), Optional.ofNullable(body.reason())));
    }

    private void sendOrder(ServerResponse res, Order order) {
        res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
        JsonResponses.send(res, Status.OK_200, json.write(OrderJson.of(order)));
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }

    private static OrderId orderId(ServerRequest req) {
        return new OrderId(PathIds.uuid(req, "orderId", "order"));
    }

    /** A page of orders, and where the next starts when there may be more. */
    record OrderListJson(List<OrderJson> items, String nextCursor) {
    }
}
