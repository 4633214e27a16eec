package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.IfMatch;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.orders.BumpOrders;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.station.StationId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * The kitchen screens' routes (staff): bump and recall a line or a station's lines, and recall a
 * whole order. Each answers with the order, and its {@code ETag}, as a move does; {@code If-Match}
 * is honoured the same way.
 */
public final class BumpService implements HttpService {

    private static final String LINE_BUMP = "/orders/{orderId}/lines/{lineId}/bump";
    private static final String LINE_RECALL = "/orders/{orderId}/lines/{lineId}/recall";
    private static final String STATION_BUMP = "/orders/{orderId}/stations/{stationId}/bump";
    private static final String STATION_RECALL = "/orders/{orderId}/stations/{stationId}/recall";
    private static final String ORDER_RECALL = "/orders/{orderId}/recall";

    private final BumpOrders bumps;
    private final Json json;

    public BumpService(BumpOrders bumps, Json json) {
        this.bumps = bumps;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(LINE_BUMP, (req, res) -> send(res, bumps.bumpLine(Callers.require(req), orderId(req), lineId(req),
                        IfMatch.version(req))))
                .any(LINE_BUMP, MethodNotAllowed.allowing(Method.POST))
                .post(LINE_RECALL, (req, res) -> send(res, bumps.recallLine(Callers.require(req), orderId(req),
                        lineId(req), IfMatch.version(req))))
                .any(LINE_RECALL, MethodNotAllowed.allowing(Method.POST))
                .post(STATION_BUMP, (req, res) -> send(res, bumps.bumpStation(Callers.require(req), orderId(req),
                        stationId(req), IfMatch.version(req))))
                .any(STATION_BUMP, MethodNotAllowed.allowing(Method.POST))
                .post(STATION_RECALL, (req, res) -> send(res, bumps.recallStation(Callers.require(req), orderId(req),
                        stationId(req), IfMatch.version(req))))
                .any(STATION_RECALL, MethodNotAllowed.allowing(Method.POST))
                .post(ORDER_RECALL, this::recallOrder)
                .any(ORDER_RECALL, MethodNotAllowed.allowing(Method.POST));
    }

    private void recallOrder(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var ifMatch = IfMatch.version(req);
        RecallJson body = json.read(JsonBody.read(req), RecallJson.class);
        send(res, bumps.recallOrder(caller, orderId(req), Optional.ofNullable(body.reason()), ifMatch));
    }

    private void send(ServerResponse res, Order order) {
        res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
        JsonResponses.send(res, Status.OK_200, json.write(OrderJson.of(order)));
    }

    private static OrderId orderId(ServerRequest req) {
        return new OrderId(PathIds.uuid(req, "orderId", "order"));
    }

    private static OrderLineId lineId(ServerRequest req) {
        return new OrderLineId(PathIds.uuid(req, "lineId", "line"));
    }

    private static StationId stationId(ServerRequest req) {
        return new StationId(PathIds.uuid(req, "stationId", "station"));
    }

    /** {@code {"reason"}}: required, what the history keeps of why the order came back. */
    record RecallJson(String reason) {
    }
}
