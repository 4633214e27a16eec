package dev.chit.adapters.web.apps;

import dev.chit.adapters.web.support.SecurityHeaders;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuestPagePolicyTest {

    @Test
    void withTheSandbox_theGuestsPagesKeepThePolicyOfThisOriginOnly() {
        assertThat(GuestPagePolicy.of(GuestPayments.sandbox())).isEqualTo(SecurityHeaders.PAGE_CONTENT_POLICY);
    }

    @Test
    void withStripe_theGuestsPagesAllowExactlyStripesOrigins() {
        String policy = GuestPagePolicy.of(GuestPayments.stripe(Optional.of("pk_test_x"), GuestPayments.STRIPE_JS)).get();

        assertThat(policy).contains("script-src 'self' https://js.stripe.com;",
                        "frame-src https://js.stripe.com https://hooks.stripe.com;",
                        "connect-src 'self' https://api.stripe.com;", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*", "/v3");
    }

    @Test
    void aStandInsOrigin_keepsItsPort_andTheAddressMustBeAbsoluteHttp() {
        var standIn = GuestPayments.stripe(Optional.empty(), URI.create("http://127.0.0.1:41234/v3/"));

        assertThat(standIn.scriptOrigin()).contains("http://127.0.0.1:41234");
        assertThat(GuestPagePolicy.of(standIn).get()).contains("script-src 'self' http://127.0.0.1:41234;");
        assertThatThrownBy(() -> GuestPayments.stripe(Optional.empty(), URI.create("/v3/")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuestPayments.stripe(Optional.empty(), URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
