package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.Idempotency;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.access.Caller;
import dev.chit.application.orders.RefundCommand;
import dev.chit.application.orders.RefundOrder;
import dev.chit.domain.order.OrderId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * {@code POST /orders/{orderId}/refunds} (managers): gives back part or all of what was
 * captured, an amount or items by line; {@code POST /orders/{orderId}/refunds/preview} works out
 * what items would give back without refunding them. An {@code Idempotency-Key} is optional here; sent, it makes a retry answer with the
 * refund the first request made ({@code Idempotent-Replayed: true}) instead of refunding twice.
 */
public final class RefundService implements HttpService {

    private static final String REFUNDS = "/orders/{orderId}/refunds";
    private static final String PREVIEW = "/orders/{orderId}/refunds/preview";

    private final RefundOrder refundOrder;
    private final Json json;

    public RefundService(RefundOrder refundOrder, Json json) {
        this.refundOrder = refundOrder;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(REFUNDS, this::refund)
                .any(REFUNDS, MethodNotAllowed.allowing(Method.POST))
                .post(PREVIEW, this::preview)
                .any(PREVIEW, MethodNotAllowed.allowing(Method.POST));
    }

    private void refund(ServerRequest req, ServerResponse res) {
        Caller caller = Callers.require(req);
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        byte[] body = JsonBody.read(req);
        Optional<String> key = req.headers().first(Idempotency.KEY).map(String::strip);
        RefundCommand command = json.read(body, RefundJson.class).toCommand(orderId, key);
        RefundOrder.Refunded refunded = refundOrder.refund(command, caller);
        if (refunded.replayed()) {
            res.header(Idempotency.REPLAYED, "true");
        }
        JsonResponses.send(res, Status.CREATED_201, json.write(RefundJson.Resource.of(refunded.refund())));
    }

    // What a refund by line would come to, worked out by the same rule as the refund: the portal
    // shows it before the manager confirms.
    private void preview(ServerRequest req, ServerResponse res) {
        Caller caller = Callers.require(req);
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        byte[] body = JsonBody.read(req);
        var lines = RefundJson.previewed(json.read(body, RefundJson.PreviewRequest.class).lines());
        JsonResponses.send(res, Status.OK_200, json.write(RefundJson.Preview.of(
                refundOrder.preview(orderId, lines, caller))));
    }
}
