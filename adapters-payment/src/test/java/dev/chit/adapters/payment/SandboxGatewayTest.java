package dev.chit.adapters.payment;

import dev.chit.adapters.payment.SandboxGateway.Performed;
import dev.chit.domain.money.Money;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PaymentGateway.Authorization;
import dev.chit.domain.port.PaymentGateway.ChargeFor;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox is the edge of the system: it must behave like the network it stands in for. */
class SandboxGatewayTest {

    private final SandboxGateway network = new SandboxGateway(SandboxSettings.instant());

    private static final PaymentAccount PLATFORM = PaymentAccount.platform();
    private static final OrderId ORDER = new OrderId(UUID.randomUUID());
    private static final ChargeFor PURPOSE = new ChargeFor(new RestaurantId(UUID.randomUUID()), ORDER);

    private Authorization authorize(String paymentMethod, Money amount, String key) {
        return (Authorization) network.authorize(PLATFORM, PURPOSE, paymentMethod, amount, key);
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    private String authorized(long cents) {
        return authorize(SandboxGateway.VISA, usd(cents), "auth-" + cents + "-" + System.nanoTime())
                .authorizationId();
    }

    private static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PaymentGateway.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void tokVisa_isApproved_withAnAuthorizationOfItsOwn() {
        Authorization first = authorize("tok_visa", usd(1500), "k1");
        Authorization second = authorize("tok_visa", usd(1500), "k2");

        assertThat(first.authorizationId()).startsWith("auth_").isNotEqualTo(second.authorizationId());
        assertThat(network.authorization(first.authorizationId())).hasValueSatisfying(held -> {
            assertThat(held.authorized()).isEqualTo(usd(1500));
            assertThat(held.captured().isZero()).isTrue();
        });
    }

    @Test
    void declinedTokens_carryTheirDeclineCodes_andUnknownTokensAreInvalid() {
        for (String[] card : new String[][] {{"tok_declined", "card_declined"},
                {"tok_insufficient_funds", "insufficient_funds"}, {"tok_stolen_probably", "invalid_token"}}) {
            assertThatThrownBy(() -> authorize(card[0], usd(100), "key-" + card[0]))
                    .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                            declined -> assertThat(declined.declineCode()).isEqualTo(card[1]));
        }
        assertThat(network.performed()).isEmpty();
    }

    @Test
    void tokError_isAFaultOfTheNetwork_thatLeavesNothingBehind() {
        assertThatThrownBy(() -> authorize("tok_error", usd(100), "k1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        assertThat(network.findAuthorization(PLATFORM, ORDER, "k1")).isEmpty();
    }

    @Test
    void theSameKey_replaysTheFirstOutcome_approvalsAndDeclinesAlike() {
        Authorization first = authorize("tok_visa", usd(1500), "k1");
        assertThat(authorize("tok_visa", usd(1500), "k1")).isEqualTo(first);

        assertThatThrownBy(() -> authorize("tok_declined", usd(900), "k2"))
                .isInstanceOf(PaymentGateway.Declined.class);
        assertThatThrownBy(() -> authorize("tok_declined", usd(900), "k2"))
                .isInstanceOf(PaymentGateway.Declined.class);

        network.capture(PLATFORM, first.authorizationId(), usd(1500), "c1");
        network.capture(PLATFORM, first.authorizationId(), usd(1500), "c1");
        assertThat(network.performed()).extracting(Performed::operation).containsExactly("authorize", "capture");
    }

    @Test
    void theSameKeyWithOtherParameters_isRefused() {
        Authorization first = authorize("tok_visa", usd(1500), "k1");

        assertRefused(() -> authorize("tok_visa", usd(1600), "k1"), "idempotency_key_reused");
        assertRefused(() -> network.capture(PLATFORM, first.authorizationId(), usd(1500), "k1"), "idempotency_key_reused");
    }

    @Test
    void aCapture_takesAtMostTheAuthorizedAmount_once() {
        String authorization = authorized(2000);

        assertRefused(() -> network.capture(PLATFORM, authorization, usd(2001), "c1"), "amount_too_large");
        network.capture(PLATFORM, authorization, usd(1800), "c2");
        assertRefused(() -> network.capture(PLATFORM, authorization, usd(200), "c3"), "already_captured");
        assertRefused(() -> network.capture(PLATFORM, "auth_nope", usd(1), "c4"), "no_such_authorization");
        assertThat(network.authorization(authorization).orElseThrow().captured()).isEqualTo(usd(1800));
    }

    @Test
    void aVoid_releasesOnlyWhatWasNotCaptured() {
        String voided = authorized(1000);
        network.voidAuthorization(PLATFORM, voided, "v1");
        assertRefused(() -> network.capture(PLATFORM, voided, usd(1000), "c1"), "authorization_voided");
        assertRefused(() -> network.voidAuthorization(PLATFORM, voided, "v2"), "already_voided");

        String captured = authorized(1000);
        network.capture(PLATFORM, captured, usd(1000), "c2");
        assertRefused(() -> network.voidAuthorization(PLATFORM, captured, "v3"), "already_captured");
    }

    @Test
    void partialRefunds_neverAddUpToMoreThanTheCapture() {
        String authorization = authorized(3000);
        assertRefused(() -> network.refund(PLATFORM, authorization, usd(100), "r0"), "not_captured");
        network.capture(PLATFORM, authorization, usd(2500), "c1");

        network.refund(PLATFORM, authorization, usd(1000), "r1");
        network.refund(PLATFORM, authorization, usd(1000), "r2");
        network.refund(PLATFORM, authorization, usd(1000), "r2");
        assertRefused(() -> network.refund(PLATFORM, authorization, usd(501), "r3"), "amount_too_large");
        network.refund(PLATFORM, authorization, usd(500), "r4");

        assertThat(network.authorization(authorization).orElseThrow().refunded()).isEqualTo(usd(2500));
        assertThat(network.performed("refund")).extracting(Performed::amount).containsExactly(1000L, 1000L, 500L);
    }

    @Test
    void aFailureBeforeSending_changesNothing_soTheRetryIsCarriedOut() {
        String authorization = authorized(1000);
        network.inject(SandboxFault.FAIL_BEFORE, 1);

        assertThatThrownBy(() -> network.capture(PLATFORM, authorization, usd(1000), "c1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        assertThat(network.authorization(authorization).orElseThrow().isCaptured()).isFalse();

        network.capture(PLATFORM, authorization, usd(1000), "c1");
        assertThat(network.performed("capture")).hasSize(1);
    }

    @Test
    void aLostAnswer_meansTheCallHappened_andTheRetryUnderItsKeyJustHearsIt() {
        String authorization = authorized(1000);
        network.inject(SandboxFault.FAIL_AFTER, 1);

        assertThatThrownBy(() -> network.capture(PLATFORM, authorization, usd(1000), "c1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        assertThat(network.authorization(authorization).orElseThrow().isCaptured()).isTrue();

        network.capture(PLATFORM, authorization, usd(1000), "c1");
        assertThat(network.performed("capture")).hasSize(1);
    }

    @Test
    void aLostAuthorization_canBeFoundByItsKey() {
        network.inject(SandboxFault.FAIL_AFTER, 1);

        assertThatThrownBy(() -> authorize("tok_visa", usd(1000), "a1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);

        assertThat(network.findAuthorization(PLATFORM, ORDER, "a1")).hasValueSatisfying(found ->
                assertThat(network.authorization(found.authorizationId())).isPresent());
        assertThat(network.findAuthorization(PLATFORM, ORDER, "never-sent")).isEmpty();
    }

    @Test
    void stripesTestPaymentMethods_behaveAsInStripesTestMode() {
        assertThat(authorize(SandboxGateway.PM_VISA, usd(1000), "pm1").authorizationId()).startsWith("auth_");
        assertThatThrownBy(() -> authorize(SandboxGateway.PM_DECLINED, usd(1000), "pm2"))
                .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                        declined -> assertThat(declined.declineCode()).isEqualTo("card_declined"));
        assertThatThrownBy(() -> authorize(SandboxGateway.PM_INSUFFICIENT_FUNDS, usd(1000), "pm3"))
                .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                        declined -> assertThat(declined.declineCode()).isEqualTo("insufficient_funds"));
        assertRefused(() -> authorize("pm_card_nonsense", usd(1000), "pm4"), "resource_missing");
    }

    @Test
    void theAuthenticationRequiredCard_reservesNothingUntilTheGuestAuthenticates() {
        var needs = (PaymentGateway.NeedsAuthentication) network.authorize(PLATFORM, PURPOSE,
                SandboxGateway.PM_AUTHENTICATION_REQUIRED, usd(1000), "3ds");
        assertThat(needs.clientSecret()).startsWith(needs.authorizationId() + "_secret_");
        assertThat(network.authorize(PLATFORM, PURPOSE, SandboxGateway.PM_AUTHENTICATION_REQUIRED, usd(1000), "3ds"))
                .as("replayed").isEqualTo(needs);
        assertThat(network.authorizationState(PLATFORM, needs.authorizationId()))
                .isEqualTo(PaymentGateway.AuthorizationState.REQUIRES_ACTION);
        assertRefused(() -> network.capture(PLATFORM, needs.authorizationId(), usd(1000), "c1"),
                "payment_intent_unexpected_state");

        network.completeAuthentication(needs.authorizationId(), true);

        assertThat(network.authorizationState(PLATFORM, needs.authorizationId()))
                .isEqualTo(PaymentGateway.AuthorizationState.AUTHORIZED);
        assertRefused(() -> network.completeAuthentication(needs.authorizationId(), false),
                "payment_intent_unexpected_state");
        network.capture(PLATFORM, needs.authorizationId(), usd(1000), "c2");
        assertThat(network.authorizationState(PLATFORM, needs.authorizationId()))
                .isEqualTo(PaymentGateway.AuthorizationState.CAPTURED);
    }

    @Test
    void aFailedAuthentication_neverReserves_andCanBeVoided() {
        var needs = network.authorize(PLATFORM, PURPOSE, SandboxGateway.PM_AUTHENTICATION_REQUIRED, usd(1000), "3ds");

        network.completeAuthentication(needs.authorizationId(), false);

        assertThat(network.authorizationState(PLATFORM, needs.authorizationId()))
                .isEqualTo(PaymentGateway.AuthorizationState.FAILED);
        assertRefused(() -> network.capture(PLATFORM, needs.authorizationId(), usd(1000), "c1"),
                "payment_intent_unexpected_state");
        network.voidAuthorization(PLATFORM, needs.authorizationId(), "v1");
        assertThat(network.findAuthorization(PLATFORM, ORDER, "3ds")).map(Authorization::authorizationId)
                .contains(needs.authorizationId());
    }

    @Test
    void aTimeOut_waitsTheTimeout_andDoesNothing() {
        SandboxGateway slow = new SandboxGateway(new SandboxSettings(Duration.ZERO, Duration.ofMillis(50)));
        slow.inject(SandboxFault.TIME_OUT, 1);
        long started = System.nanoTime();

        assertThatThrownBy(() -> slow.authorize(PLATFORM, PURPOSE, "tok_visa", usd(1000), "a1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(slow.findAuthorization(PLATFORM, ORDER, "a1")).isEmpty();
    }

    @Test
    void callsTakeTheConfiguredLatency_andAnswersSlowerThanTheTimeoutAreLost() {
        SandboxGateway slow = new SandboxGateway(new SandboxSettings(Duration.ofMillis(30), Duration.ofSeconds(5)));
        long started = System.nanoTime();
        slow.authorize(PLATFORM, PURPOSE, "tok_visa", usd(1000), "a1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(30));

        SandboxGateway tooSlow = new SandboxGateway(new SandboxSettings(Duration.ofMillis(20), Duration.ofMillis(10)));
        assertThatThrownBy(() -> tooSlow.authorize(PLATFORM, PURPOSE, "tok_visa", usd(1000), "a1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        assertThat(tooSlow.findAuthorization(PLATFORM, ORDER, "a1")).as("carried out, answer lost").isPresent();
    }

    @Test
    void faults_areUsedUpInTurn() {
        network.inject(SandboxFault.FAIL_BEFORE, 2);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> authorize("tok_visa", usd(1000), "a1"))
                    .isInstanceOf(PaymentGateway.Unavailable.class);
        }
        assertThat(authorize("tok_visa", usd(1000), "a1").authorizationId()).startsWith("auth_");
    }

    @Test
    void concurrentCallsUnderOneKey_areCarriedOutOnce() throws Exception {
        String authorization = authorized(1000);
        SandboxGateway busy = network;
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> {
                busy.capture(PLATFORM, authorization, usd(1000), "same-capture");
                return true;
            });
        }

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Boolean> result : threads.invokeAll(calls)) {
                assertThat(result.get()).isTrue();
            }
        }

        assertThat(network.performed("capture")).hasSize(1);
    }

    @Test
    void cardTokens_areNotKept() {
        authorize("tok_visa", usd(1000), "a1");

        assertThat(network.performed().toString()).doesNotContain("tok_visa");
    }
}
