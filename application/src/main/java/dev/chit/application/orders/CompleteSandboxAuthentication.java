package dev.chit.application.orders;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.SandboxAuthentication;

import java.lang.System.Logger.Level;

/**
 * The guest's answer to the sandbox's stand-in for a 3-D Secure challenge (the guest app's own
 * small dialog), handed to the sandbox network. The order itself does not move here: the guest
 * then confirms the payment ({@link ConfirmPayment}) as after Stripe.js's challenge, so both
 * networks take the same path through Chit.
 */
public final class CompleteSandboxAuthentication {

    private static final System.Logger LOG = System.getLogger(CompleteSandboxAuthentication.class.getName());

    private final Orders orders;
    private final PaymentOperations operations;
    private final SandboxAuthentication sandbox;

    public CompleteSandboxAuthentication(Orders orders, PaymentOperations operations, SandboxAuthentication sandbox) {
        this.orders = orders;
        this.operations = operations;
        this.sandbox = sandbox;
    }

    /**
     * @throws NotFound                when there is no such order
     * @throws NoAuthenticationAwaited when the order's payment waits for no authentication (any more)
     */
    public void complete(OrderId orderId, boolean passed) {
        Order order = orders.find(orderId).orElseThrow(() -> new NotFound("order", orderId));
        if (order.status() != OrderStatus.AWAITING_PAYMENT) {
            throw new NoAuthenticationAwaited(orderId);
        }
        String authorizationId = operations.ofOrder(orderId).stream()
                .filter(operation -> operation.kind() == PaymentOperation.Kind.AUTHORIZE)
                .flatMap(operation -> operation.authorizationId().stream())
                .findFirst()
                .orElseThrow(() -> new NoAuthenticationAwaited(orderId));
        try {
            sandbox.completeAuthentication(authorizationId, passed);
        } catch (PaymentGateway.Refused answeredBefore) {
            // Answered already (a second tab, a double click): what the bank decided stands.
            throw new NoAuthenticationAwaited(orderId);
        }
        LOG.log(Level.INFO, "event=sandbox-authentication-answered orderId={0} passed={1}", orderId, passed);
    }
}
