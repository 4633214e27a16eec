package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.orders.CompleteSandboxAuthentication;
import dev.chit.application.orders.ViewOrder;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.OrderId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * {@code POST /orders/{orderId}/payment/sandbox-authentication} {@code {"passed":true|false}} (the
 * order's token): the guest's answer to the sandbox's stand-in for the bank's 3-D Secure check,
 * 204. The guest then confirms the payment, as after Stripe.js. With Stripe there is no such
 * check to answer here: every order is 404, as is an order the token does not open.
 */
public final class SandboxAuthenticationService implements HttpService {

    private static final String ANSWER = "/orders/{orderId}/payment/sandbox-authentication";

    private final ViewOrder viewOrder;
    private final Optional<CompleteSandboxAuthentication> sandbox;
    private final Json json;

    public SandboxAuthenticationService(ViewOrder viewOrder, Optional<CompleteSandboxAuthentication> sandbox,
                                        Json json) {
        this.viewOrder = viewOrder;
        this.sandbox = sandbox;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(ANSWER, this::answer)
                .any(ANSWER, MethodNotAllowed.allowing(Method.POST));
    }

    private void answer(ServerRequest req, ServerResponse res) {
        OrderId orderId = new OrderId(PathIds.uuid(req, "orderId", "order"));
        CompleteSandboxAuthentication network = sandbox.orElseThrow(() -> new NotFound("order", orderId));
        String accessToken = req.headers().first(OrderService.ORDER_TOKEN)
                .orElseThrow(() -> new NotFound("order", orderId));
        // The token is checked first: to anyone else the order does not exist.
        viewOrder.forGuest(orderId, accessToken);
        Violations violations = new Violations();
        Optional<Boolean> passed = violations.required(json.read(JsonBody.read(req), AnswerJson.class).passed(),
                "passed");
        violations.throwIfAny();
        network.complete(orderId, passed.orElseThrow());
        res.status(Status.NO_CONTENT_204).send();
    }

    /** {@code passed}: whether the guest passed the check (the dialog's "Complete") or failed it. */
    record AnswerJson(Boolean passed) {
    }
}
