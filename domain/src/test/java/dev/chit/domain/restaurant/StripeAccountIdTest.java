package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StripeAccountIdTest {

    @Test
    void aConnectedAccount_isAcctAndLettersOrDigits() {
        assertThat(new StripeAccountId("acct_1RestaurantA9").value()).isEqualTo("acct_1RestaurantA9");
        for (String wrong : new String[] {"acct_", "acct_12 3", "sk_live_abc", "ACCT_123", "acct_1-2", " acct_1"}) {
            assertThatThrownBy(() -> new StripeAccountId(wrong)).as(wrong)
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("stripeAccountId")));
        }
    }

    @Test
    void theSettings_carryTheAccount_throughEveryOtherChange() {
        var settings = RestaurantSettings.defaults(java.util.Currency.getInstance("EUR"))
                .withStripeAccountId(Optional.of(new StripeAccountId("acct_1Bistro")));

        assertThat(settings.withBoardTimers(7, 3).pausedUntil(java.time.Instant.EPOCH)
                .withTaxPolicy(settings.taxPolicy()).stripeAccountId()).contains(new StripeAccountId("acct_1Bistro"));
        assertThat(PaymentAccount.of(settings.stripeAccountId()).stripeAccountId()).contains("acct_1Bistro");
        assertThat(PaymentAccount.of(Optional.empty())).isEqualTo(PaymentAccount.platform());
    }
}
