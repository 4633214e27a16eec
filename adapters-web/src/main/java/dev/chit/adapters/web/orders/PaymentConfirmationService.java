package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.orders.ViewOrder;
import dev.chit.application.orders.ConfirmPayment;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code POST /orders/{orderId}/payment/confirm} (the order's token): after the guest's bank
 * checked the guest (3-D Secure), the guest's browser asks Chit to look. The answer is the order
 * as it stands then: placed, still awaiting, or cancelled {@code payment-failed}.
 */
public final class PaymentConfirmationService implements HttpService {

    private static final String CONFIRM = "/orders/{orderId}/payment/confirm";

    private final ViewOrder viewOrder;
    private final ConfirmPayment confirmPayment;
    private final Json json;

    public PaymentConfirmationService(ViewOrder viewOrder, ConfirmPayment confirmPayment, Json json) {
        this.viewOrder = viewOrder;
        this.confirmPayment = confirmPayment;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(CONFIRM, this::confirm)
                .any(CONFIRM, MethodNotAllowed.allowing(Method.POST));
    }

    private void confirm(ServerRequest req, ServerResponse res) {
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        String accessToken = req.headers().first(OrderService.ORDER_TOKEN)
                .orElseThrow(() -> new NotFound("order", orderId));
        // The token is checked first: to anyone else the order does not exist.
        viewOrder.forGuest(orderId, accessToken);
        Order order = confirmPayment.confirm(orderId);
        res.header(HeaderNames.ETAG, JsonResponses.entityTag(order.version()));
        JsonResponses.send(res, Status.OK_200, json.write(OrderJson.of(order)));
    }
}
