package dev.chit.adapters.payment.stripe;

import dev.chit.adapters.payment.PaymentGatewayContract;
import dev.chit.domain.port.PaymentGateway;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opt-in: the contract against Stripe's real test mode, when {@code STRIPE_TEST_SECRET_KEY}
 * holds a test key ({@code sk_test_...}). Skipped, and said so, otherwise. What only a browser
 * or a broken connection can do (3-D Secure, lost answers) is skipped there too.
 */
class RealStripeGatewayContractTest extends PaymentGatewayContract {

    private static final String KEY = System.getenv("STRIPE_TEST_SECRET_KEY");

    @BeforeAll
    static void onlyWithATestKey() {
        boolean given = KEY != null && KEY.startsWith("sk_test_");
        if (!given) {
            System.err.println("SKIPPED: RealStripeGatewayContractTest needs STRIPE_TEST_SECRET_KEY=sk_test_... "
                    + "to run the PaymentGateway contract against Stripe's test mode");
        }
        assumeTrue(given, "STRIPE_TEST_SECRET_KEY (sk_test_...) is not set: Stripe's test mode was not tried");
    }

    private final StripeGateway gateway = KEY == null || !KEY.startsWith("sk_test_") ? null
            : new StripeGateway(StripeSettings.of(KEY, URI.create(StripeSettings.API_BASE)));

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected boolean authenticate(String authorizationId, boolean passed) {
        return false;
    }

    @Override
    protected boolean loseNextAnswer() {
        return false;
    }

    @Override
    protected int applied(String operation) {
        throw new UnsupportedOperationException("Stripe does not count");
    }
}
