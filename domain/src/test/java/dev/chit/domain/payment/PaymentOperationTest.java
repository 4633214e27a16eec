package dev.chit.domain.payment;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentOperation.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentOperationTest {

    private static final OrderId ORDER = new OrderId(UUID.fromString("01900000-0000-7000-8000-00000000a001"));
    private static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");
    private static final Money AMOUNT = Money.of(2800, "USD");

    private static PaymentOperationId id() {
        return new PaymentOperationId(UUID.randomUUID());
    }

    @Test
    void gatewayKeys_followTheOrder_soACaptureOrAVoidIsOnePerOrderWhoeverRecordsIt() {
        assertThat(PaymentOperation.authorization(id(), ORDER, AMOUNT, AT).gatewayKey())
                .isEqualTo("order:" + ORDER + ":authorize");
        assertThat(PaymentOperation.capture(id(), ORDER, "auth_1", AMOUNT, AT).gatewayKey())
                .isEqualTo(PaymentOperation.capture(id(), ORDER, "auth_1", AMOUNT, AT).gatewayKey())
                .isEqualTo("order:" + ORDER + ":capture");
        assertThat(PaymentOperation.voiding(id(), ORDER, "auth_1", AMOUNT, Optional.empty(), AT).gatewayKey())
                .isEqualTo("order:" + ORDER + ":void");
    }

    @Test
    void refunds_areKeyedByTheRequestThatAskedForThem_orByThemselves() {
        PaymentOperationId refundId = id();

        assertThat(PaymentOperation.refund(refundId, ORDER, "auth_1", AMOUNT, Optional.empty(), Optional.of("r-1"), AT)
                .gatewayKey()).isEqualTo(PaymentOperation.refundKey(ORDER, "r-1"));
        assertThat(PaymentOperation.refund(refundId, ORDER, "auth_1", AMOUNT, Optional.empty(), Optional.empty(), AT)
                .gatewayKey()).isEqualTo("order:" + ORDER + ":refund:" + refundId);
    }

    @Test
    void anAuthorization_learnsItsIdWhenItSucceeds() {
        PaymentOperation pending = PaymentOperation.authorization(id(), ORDER, AMOUNT, AT);

        PaymentOperation granted = pending.succeeded(Optional.of("auth_9"), AT.plusSeconds(1));

        assertThat(pending.state()).isEqualTo(State.PENDING);
        assertThat(granted.state()).isEqualTo(State.SUCCEEDED);
        assertThat(granted.authorizationId()).contains("auth_9");
        assertThat(granted.settledAt()).contains(AT.plusSeconds(1));
    }

    @Test
    void onlyAPendingOperation_isSettled_orCountsAttempts() {
        PaymentOperation failed = PaymentOperation.capture(id(), ORDER, "auth_1", AMOUNT, AT).failed("refused", AT);

        assertThatThrownBy(() -> failed.succeeded(Optional.empty(), AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.attemptFailed("timeout")).isInstanceOf(IllegalStateException.class);
        PaymentOperation retried = PaymentOperation.capture(id(), ORDER, "auth_1", AMOUNT, AT).attemptFailed("timeout");
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.error()).contains("timeout");
        assertThat(retried.isPending()).isTrue();
    }

    @Test
    void everythingButAnAuthorization_actsOnAKnownAuthorization() {
        assertThatThrownBy(() -> new PaymentOperation(id(), ORDER, PaymentOperation.Kind.CAPTURE, AMOUNT, "k",
                State.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), 0, AT, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longErrors_areShortened() {
        PaymentOperation failed = PaymentOperation.capture(id(), ORDER, "auth_1", AMOUNT, AT)
                .failed("x".repeat(2000), AT);

        assertThat(failed.error().orElseThrow()).hasSize(PaymentOperation.MAX_ERROR_LENGTH);
    }

    @Test
    void anAuthorization_remembersTheAccountItWasSentTo_throughItsSettling() {
        var account = java.util.Optional.of(new dev.chit.domain.restaurant.StripeAccountId("acct_1Bistro"));
        PaymentOperation pending = PaymentOperation.authorization(id(), ORDER, AMOUNT, account, AT);

        assertThat(pending.attemptFailed("timeout").account()).isEqualTo(account);
        assertThat(pending.succeeded(Optional.of("pi_1"), AT).account()).isEqualTo(account);
        assertThat(pending.failed("declined", AT).account()).isEqualTo(account);
        assertThat(PaymentOperation.authorization(id(), ORDER, AMOUNT, AT).account()).isEmpty();
    }
}
