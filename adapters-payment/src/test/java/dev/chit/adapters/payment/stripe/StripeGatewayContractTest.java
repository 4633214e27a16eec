package dev.chit.adapters.payment.stripe;

import dev.chit.adapters.payment.PaymentGatewayContract;
import dev.chit.domain.port.PaymentGateway;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

/** {@link StripeGateway} keeps the promises of every card network, against a stand-in for Stripe's API. */
class StripeGatewayContractTest extends PaymentGatewayContract {

    private final StripeStandIn stripe = new StripeStandIn();
    private final StripeGateway gateway = new StripeGateway(new StripeSettings("sk_test_contract", stripe.apiBase(),
            Duration.ofSeconds(2), Duration.ofSeconds(2)));

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected boolean authenticate(String authorizationId, boolean passed) {
        stripe.authenticate(authorizationId, passed);
        return true;
    }

    @Override
    protected boolean loseNextAnswer() {
        stripe.failNext(StripeStandIn.Fault.DROP_ANSWER, 1);
        return true;
    }

    @Override
    protected int applied(String operation) {
        return stripe.applied(operation);
    }
}
