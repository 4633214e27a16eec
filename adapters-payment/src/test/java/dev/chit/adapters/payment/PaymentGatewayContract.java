package dev.chit.adapters.payment;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.Authorization;
import dev.chit.domain.port.PaymentGateway.AuthorizationOutcome;
import dev.chit.domain.port.PaymentGateway.AuthorizationState;
import dev.chit.domain.port.PaymentGateway.ChargeFor;
import dev.chit.domain.port.PaymentGateway.NeedsAuthentication;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every {@link PaymentGateway} promises, run against each network Chit talks to: the
 * sandbox, {@code StripeGateway} against a stand-in for Stripe, and (opt-in) Stripe's test mode.
 * Keys are new for each run, as a real network remembers them for a day.
 */
public abstract class PaymentGatewayContract {

    protected abstract PaymentGateway gateway();

    /** The guest passes or fails the bank's challenge of {@code authorizationId}; false when this network cannot. */
    protected abstract boolean authenticate(String authorizationId, boolean passed);

    /** Has the next call carried out with its answer lost; false when this network cannot be told to. */
    protected abstract boolean loseNextAnswer();

    /** How often the network carried out {@code create}, {@code capture}, {@code cancel} or {@code refund}. */
    protected abstract int applied(String operation);

    protected PaymentAccount account() {
        return PaymentAccount.platform();
    }

    private final OrderId order = new OrderId(UUID.randomUUID());
    private final ChargeFor purpose = new ChargeFor(new RestaurantId(UUID.randomUUID()), order);
    private final String run = UUID.randomUUID().toString();

    private String key(String name) {
        return "contract:" + run + ":" + name;
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    private AuthorizationOutcome authorize(String paymentMethod, long cents, String key) {
        return gateway().authorize(account(), purpose, paymentMethod, usd(cents), key(key));
    }

    private void assertRefused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(PaymentGateway.Refused.class);
    }

    @Test
    void anApprovedCard_isAuthorized_capturedOnce_andRefundedInParts() {
        String id = ((Authorization) authorize("pm_card_visa", 2500, "a")).authorizationId();
        assertThat(gateway().authorizationState(account(), id)).isEqualTo(AuthorizationState.AUTHORIZED);

        gateway().capture(account(), id, usd(2000), key("c"));
        gateway().capture(account(), id, usd(2000), key("c"));
        assertThat(gateway().authorizationState(account(), id)).isEqualTo(AuthorizationState.CAPTURED);
        assertRefused(() -> gateway().capture(account(), id, usd(2000), key("c2")));

        gateway().refund(account(), id, usd(1500), key("r1"));
        gateway().refund(account(), id, usd(1500), key("r1"));
        assertRefused(() -> gateway().refund(account(), id, usd(501), key("r2")));
        gateway().refund(account(), id, usd(500), key("r3"));
        assertRefused(() -> gateway().voidAuthorization(account(), id, key("v")));
    }

    @Test
    void declinedCards_areDeclined_withTheContractsCodes() {
        assertThatThrownBy(() -> authorize("pm_card_chargeDeclined", 1000, "d1"))
                .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                        declined -> assertThat(declined.declineCode()).isEqualTo("card_declined"));
        assertThatThrownBy(() -> authorize("pm_card_chargeDeclinedInsufficientFunds", 1000, "d2"))
                .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                        declined -> assertThat(declined.declineCode()).isEqualTo("insufficient_funds"));
        assertThatThrownBy(() -> authorize("pm_card_chargeDeclined", 1000, "d1"))
                .as("the same key answers the same decline").isInstanceOf(PaymentGateway.Declined.class);
    }

    @Test
    void anUnknownPaymentMethod_isRefused() {
        assertRefused(() -> authorize("pm_doesNotExist" + run.substring(0, 8), 1000, "u"));
    }

    @Test
    void theSameKey_answersTheFirstOutcome_andOtherParameters_areRefused() {
        AuthorizationOutcome first = authorize("pm_card_visa", 1500, "k");

        assertThat(authorize("pm_card_visa", 1500, "k")).isEqualTo(first);
        assertRefused(() -> authorize("pm_card_visa", 1600, "k"));
    }

    @Test
    void aVoidedAuthorization_holdsNothing_andCannotBeCaptured() {
        String id = authorize("pm_card_visa", 1000, "a").authorizationId();

        gateway().voidAuthorization(account(), id, key("v"));
        gateway().voidAuthorization(account(), id, key("v"));

        assertThat(gateway().authorizationState(account(), id)).isEqualTo(AuthorizationState.FAILED);
        assertRefused(() -> gateway().capture(account(), id, usd(1000), key("c")));
    }

    @Test
    void aCardThatWantsAuthentication_reservesOnlyOnceTheGuestAuthenticated() {
        var needs = (NeedsAuthentication) authorize("pm_card_authenticationRequired", 1200, "3ds");
        assertThat(needs.clientSecret()).startsWith(needs.authorizationId() + "_secret_");
        assertThat(needs.toString()).doesNotContain(needs.clientSecret());
        assertThat(gateway().authorizationState(account(), needs.authorizationId()))
                .isEqualTo(AuthorizationState.REQUIRES_ACTION);
        assertRefused(() -> gateway().capture(account(), needs.authorizationId(), usd(1200), key("early")));
        assumeTrue(authenticate(needs.authorizationId(), true), "this network's 3-D Secure needs a browser");

        assertThat(gateway().authorizationState(account(), needs.authorizationId()))
                .isEqualTo(AuthorizationState.AUTHORIZED);
        gateway().capture(account(), needs.authorizationId(), usd(1200), key("c"));
        assertThat(gateway().authorizationState(account(), needs.authorizationId()))
                .isEqualTo(AuthorizationState.CAPTURED);
    }

    @Test
    void aFailedAuthentication_neverReserves_andItsAuthorizationIsReleased() {
        var needs = (NeedsAuthentication) authorize("pm_card_authenticationRequired", 1200, "3ds");
        assumeTrue(authenticate(needs.authorizationId(), false), "this network's 3-D Secure needs a browser");

        assertThat(gateway().authorizationState(account(), needs.authorizationId()))
                .isEqualTo(AuthorizationState.FAILED);
        assertRefused(() -> gateway().capture(account(), needs.authorizationId(), usd(1200), key("c")));
        gateway().voidAuthorization(account(), needs.authorizationId(), key("v"));
    }

    @Test
    void aLostAnswer_onEachCall_isCarriedOutOnce_whenTheCallIsMadeAgainUnderItsKey() {
        assumeTrue(loseNextAnswer(), "this network cannot be told to lose an answer");
        assertThatThrownBy(() -> authorize("pm_card_visa", 3000, "a")).isInstanceOf(PaymentGateway.Unavailable.class);
        Authorization found = gateway().findAuthorization(account(), order, key("a")).orElseThrow();
        String id = authorize("pm_card_visa", 3000, "a").authorizationId();
        assertThat(id).isEqualTo(found.authorizationId());

        loseNextAnswer();
        assertThatThrownBy(() -> gateway().capture(account(), id, usd(3000), key("c")))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        gateway().capture(account(), id, usd(3000), key("c"));

        loseNextAnswer();
        assertThatThrownBy(() -> gateway().refund(account(), id, usd(1000), key("r")))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        gateway().refund(account(), id, usd(1000), key("r"));
        gateway().refund(account(), id, usd(2000), key("r2"));

        String other = authorize("pm_card_visa", 900, "b").authorizationId();
        loseNextAnswer();
        assertThatThrownBy(() -> gateway().voidAuthorization(account(), other, key("v")))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        gateway().voidAuthorization(account(), other, key("v"));

        assertThat(applied("create")).isEqualTo(2);
        assertThat(applied("capture")).isEqualTo(1);
        assertThat(applied("refund")).isEqualTo(2);
        assertThat(applied("cancel")).isEqualTo(1);
    }

    @Test
    void nothingCreated_isNothingFound() {
        assertThat(gateway().findAuthorization(account(), order, key("never"))).isEmpty();
    }
}
