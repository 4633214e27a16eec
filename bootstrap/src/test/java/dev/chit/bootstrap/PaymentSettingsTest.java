package dev.chit.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing the card network at start: the sandbox by default, Stripe only with its secret key. */
class PaymentSettingsTest {

    private static final String SECRET = "sk_test_fake-secret-never-printed";

    private static ChitSettings from(Map<String, String> values) {
        return ChitSettings.from(Config.just(ConfigSources.create(values)));
    }

    @Test
    void theSandbox_isTheDefault() {
        PaymentSettings payment = from(Map.of()).payment();

        assertThat(payment.gateway()).isEqualTo(PaymentSettings.SANDBOX);
        assertThat(payment.stripe()).isEmpty();
    }

    @Test
    void stripe_withoutItsSecretKey_stopsTheStart_sayingWhatIsMissing() {
        assertThatThrownBy(() -> from(Map.of("chit.payment.gateway", "stripe", "chit.stripe.secret.key", " ")))
                .hasMessageContaining("CHIT_STRIPE_SECRET_KEY");
    }

    @Test
    void stripe_takesItsKeysAndApiBase_andNeverPrintsThem() {
        PaymentSettings payment = from(Map.of("chit.payment.gateway", "Stripe", "chit.stripe.secret.key", SECRET,
                "chit.stripe.publishable.key", "pk_test_51Publishable", "chit.stripe.webhook.secret", "whsec_abc",
                "chit.stripe.api.base", "http://127.0.0.1:12111")).payment();

        assertThat(payment.gateway()).isEqualTo(PaymentSettings.STRIPE);
        StripeKeys keys = payment.stripe().orElseThrow();
        assertThat(keys.secretKey()).isEqualTo(SECRET);
        assertThat(keys.publishableKey()).contains("pk_test_51Publishable");
        assertThat(keys.webhookSecret()).contains("whsec_abc");
        assertThat(keys.apiBase()).isEqualTo(URI.create("http://127.0.0.1:12111"));
        assertThat(payment.toString()).doesNotContain(SECRET).doesNotContain("whsec_abc");
        assertThat(from(Map.of("chit.payment.gateway", "stripe", "chit.stripe.secret.key", SECRET)).payment()
                .stripe().orElseThrow().apiBase()).isEqualTo(StripeKeys.API_BASE);
    }

    @Test
    void anUnknownGateway_isRefused() {
        assertThatThrownBy(() -> from(Map.of("chit.payment.gateway", "paypal")))
                .hasMessageContaining("'sandbox' or 'stripe'");
    }

    @Test
    void anOrderWaitsThirtyMinutesForTheGuestsBank_unlessSetOtherwise_andTheSweepNeverWaitsLonger() {
        assertThat(from(Map.of()).payment().abandonAwaitingAfter()).isEqualTo(java.time.Duration.ofMinutes(30));
        PaymentSettings shorter = from(Map.of("chit.payment.abandon.after.minutes", "5")).payment();

        assertThat(shorter.abandonAwaitingAfter()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(Payments.abandonedCheckoutsSweep(shorter)).isEqualTo(Payments.ABANDONED_CHECKOUTS_SWEEP);
        assertThat(Payments.abandonedCheckoutsSweep(shorter.withAbandonAwaitingAfter(java.time.Duration.ofSeconds(2))))
                .isEqualTo(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> from(Map.of("chit.payment.abandon.after.minutes", "0")))
                .hasMessageContaining("CHIT_PAYMENT_ABANDON_AFTER_MINUTES");
    }
}
