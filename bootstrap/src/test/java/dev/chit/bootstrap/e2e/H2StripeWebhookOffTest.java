package dev.chit.bootstrap.e2e;

import dev.chit.adapters.payment.stripe.StripeStandIn;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.PaymentSettings;
import dev.chit.bootstrap.StripeKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Payments through Stripe without a webhook signing secret: no event can be trusted, so there is no endpoint. */
class H2StripeWebhookOffTest extends SignedInFlow {

    private final StripeStandIn stripe = new StripeStandIn();

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withPayment(PaymentSettings.defaults().withStripe(new StripeKeys("sk_test_fake-e2e-no-webhook",
                Optional.of("pk_test_e2ePublishable"), Optional.empty(), stripe.apiBase())));
    }

    @AfterEach
    void stopStripe() {
        stripe.close();
    }

    @Test
    void withoutTheSigningSecret_theWebhookAnswers404_evenToASignedEvent() {
        String event = stripe.foreignIntentEvent("payment_intent.amount_capturable_updated");

        var answer = http.raw("POST", "/api/v1/payments/stripe/events", "application/json",
                event.getBytes(StandardCharsets.UTF_8), Map.of("Stripe-Signature",
                        StripeStandIn.signature(event, "whsec_anything", Instant.now().getEpochSecond())));

        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.json().get("type").asText()).isEqualTo("/problems/not-found");
    }
}
