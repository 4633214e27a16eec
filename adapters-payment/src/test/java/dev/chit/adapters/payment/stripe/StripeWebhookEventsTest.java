package dev.chit.adapters.payment.stripe;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentEvent;
import dev.chit.domain.port.PaymentEvents.Unverified;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.ChargeFor;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stripe's webhook events: nothing is read from a body whose signature does not prove Stripe sent it, lately. */
class StripeWebhookEventsTest {

    private static final String SIGNING_SECRET = "whsec_test_fakeSigningSecretForUnitTests";
    private static final Instant NOW = Instant.parse("2026-12-07T23:00:00Z");

    private final StripeStandIn stripe = new StripeStandIn();
    private final PaymentGateway gateway = new StripeGateway(StripeSettings.of("sk_test_fake_unit", stripe.apiBase()));
    private final StripeWebhookEvents events = new StripeWebhookEvents(SIGNING_SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final OrderId order = new OrderId(UUID.randomUUID());

    @AfterEach
    void stop() {
        stripe.close();
    }

    private String authorized() {
        return gateway.authorize(PaymentAccount.platform(), new ChargeFor(new RestaurantId(UUID.randomUUID()), order),
                "pm_card_visa", Money.of(2150, "USD"), "order:" + order + ":authorize").authorizationId();
    }

    private PaymentEvent read(String payload, String signature) {
        return events.read(payload.getBytes(StandardCharsets.UTF_8), Optional.of(signature));
    }

    private static String signedNow(String payload) {
        return StripeStandIn.signature(payload, SIGNING_SECRET, NOW.getEpochSecond());
    }

    @Test
    void aSignedIntentEvent_namesTheIntentAndTheOrderOfItsMetadata() {
        String intent = authorized();
        String payload = stripe.intentEvent("payment_intent.amount_capturable_updated", intent);

        PaymentEvent event = read(payload, signedNow(payload));

        assertThat(event.id()).startsWith("evt_");
        assertThat(event.kind()).isEqualTo(PaymentEvent.Kind.AUTHORIZED);
        assertThat(event.authorizationId()).contains(intent);
        assertThat(event.orderId()).contains(order);
    }

    @Test
    void failedAndCancelledIntents_areFailures_refundsSayTheTotalRefunded_disputesNameTheirIntent() {
        String intent = authorized();
        gateway.capture(PaymentAccount.platform(), intent, Money.of(2150, "USD"), "capture-1");
        stripe.refundInDashboard(intent, 700);

        String failed = stripe.intentEvent("payment_intent.payment_failed", intent);
        String cancelled = stripe.intentEvent("payment_intent.canceled", intent);
        String refunded = stripe.chargeRefunded(intent);
        String disputed = stripe.disputeCreated(intent);

        assertThat(read(failed, signedNow(failed)).kind()).isEqualTo(PaymentEvent.Kind.FAILED);
        assertThat(read(cancelled, signedNow(cancelled)).kind()).isEqualTo(PaymentEvent.Kind.FAILED);
        PaymentEvent refund = read(refunded, signedNow(refunded));
        assertThat(refund.kind()).isEqualTo(PaymentEvent.Kind.REFUNDED);
        assertThat(refund.refundedInAll()).contains(700L);
        assertThat(refund.authorizationId()).contains(intent);
        assertThat(refund.orderId()).as("a charge carries none of the intent's metadata").isEmpty();
        PaymentEvent dispute = read(disputed, signedNow(disputed));
        assertThat(dispute.kind()).isEqualTo(PaymentEvent.Kind.DISPUTED);
        assertThat(dispute.authorizationId()).contains(intent);
    }

    @Test
    void eventsChitDoesNotActOn_areReadAsOther() {
        String payload = stripe.foreignIntentEvent("payment_intent.created");

        PaymentEvent event = read(payload, signedNow(payload));

        assertThat(event.kind()).isEqualTo(PaymentEvent.Kind.OTHER);
        assertThat(event.type()).isEqualTo("payment_intent.created");
    }

    @Test
    void aSignatureWithAnotherSecret_aChangedBody_orNoSignature_isRefused() {
        String payload = stripe.intentEvent("payment_intent.amount_capturable_updated", authorized());

        assertThatThrownBy(() -> read(payload, StripeStandIn.signature(payload, "whsec_someoneElse",
                NOW.getEpochSecond())))
                .isInstanceOfSatisfying(Unverified.class, e -> assertThat(e.code()).isEqualTo("invalid"));
        assertThatThrownBy(() -> read(payload.replace("2150", "1"), signedNow(payload)))
                .isInstanceOfSatisfying(Unverified.class, e -> assertThat(e.code()).isEqualTo("invalid"));
        assertThatThrownBy(() -> events.read(payload.getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isInstanceOfSatisfying(Unverified.class, e -> assertThat(e.code()).isEqualTo("missing"));
        assertThatThrownBy(() -> read(payload, "t=oops"))
                .isInstanceOf(Unverified.class);
    }

    @Test
    void aSignatureOlderThanFiveMinutes_isRefused_oneJustInside_isNot() {
        String payload = stripe.intentEvent("payment_intent.amount_capturable_updated", authorized());
        long tooOld = NOW.minus(StripeWebhookEvents.TOLERANCE).minus(Duration.ofSeconds(1)).getEpochSecond();
        long justInside = NOW.minus(StripeWebhookEvents.TOLERANCE).plus(Duration.ofSeconds(1)).getEpochSecond();

        assertThatThrownBy(() -> read(payload, StripeStandIn.signature(payload, SIGNING_SECRET, tooOld)))
                .isInstanceOfSatisfying(Unverified.class, e -> assertThat(e.code()).isEqualTo("invalid"));
        assertThat(read(payload, StripeStandIn.signature(payload, SIGNING_SECRET, justInside)).kind())
                .isEqualTo(PaymentEvent.Kind.AUTHORIZED);
    }

    @Test
    void aSignedBodyThatIsNoEvent_isRefusedAsUnreadable() {
        String payload = "{\"hello\":";

        assertThatThrownBy(() -> read(payload, signedNow(payload)))
                .isInstanceOfSatisfying(Unverified.class, e -> assertThat(e.code()).isEqualTo("unreadable"));
    }
}
