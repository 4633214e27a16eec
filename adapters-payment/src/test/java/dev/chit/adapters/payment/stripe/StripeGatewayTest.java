package dev.chit.adapters.payment.stripe;

import dev.chit.adapters.payment.stripe.StripeStandIn.Fault;
import dev.chit.adapters.payment.stripe.StripeStandIn.Received;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.ChargeFor;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Stripe is sent, on which account, and what its failures become. */
class StripeGatewayTest {

    private static final String SECRET = "sk_test_never_in_a_message_51Hx";
    private static final PaymentAccount CONNECTED = new PaymentAccount(Optional.of("acct_1RestaurantA"));

    private final StripeStandIn stripe = new StripeStandIn();
    private final StripeGateway gateway = new StripeGateway(new StripeSettings(SECRET, stripe.apiBase(),
            Duration.ofSeconds(2), Duration.ofMillis(700)));
    private final RestaurantId restaurant = new RestaurantId(UUID.randomUUID());
    private final OrderId order = new OrderId(UUID.randomUUID());

    @AfterEach
    void stop() {
        stripe.close();
    }

    private String authorize(PaymentAccount account, String key) {
        return gateway.authorize(account, new ChargeFor(restaurant, order), "pm_card_visa", Money.of(2150, "EUR"), key)
                .authorizationId();
    }

    @Test
    void anAuthorization_isAConfirmedManualCapturePaymentIntent_onTheRestaurantsAccount() {
        String id = authorize(CONNECTED, "order:" + order + ":authorize");
        gateway.capture(CONNECTED, id, Money.of(2000, "EUR"), "order:" + order + ":capture");

        Received create = stripe.received().getFirst();
        assertThat(create.path()).isEqualTo("/v1/payment_intents");
        assertThat(create.form()).containsEntry("amount", "2150").containsEntry("currency", "eur")
                .containsEntry("capture_method", "manual").containsEntry("confirm", "true")
                .containsEntry("payment_method", "pm_card_visa")
                .containsEntry("metadata[chit_order_id]", order.toString())
                .containsEntry("metadata[chit_restaurant_id]", restaurant.value().toString());
        assertThat(create.idempotencyKey()).contains("order:" + order + ":authorize");
        assertThat(create.stripeAccount()).contains("acct_1RestaurantA");
        assertThat(create.authorization()).isEqualTo("Bearer " + SECRET);
        Received capture = stripe.received().get(1);
        assertThat(capture.path()).isEqualTo("/v1/payment_intents/" + id + "/capture");
        assertThat(capture.form()).containsEntry("amount_to_capture", "2000");
        assertThat(capture.idempotencyKey()).contains("order:" + order + ":capture");
        assertThat(capture.stripeAccount()).contains("acct_1RestaurantA");
    }

    @Test
    void everyCallForAConnectedRestaurant_carriesItsAccount() {
        String voided = authorize(CONNECTED, "order:" + order + ":authorize");
        gateway.authorizationState(CONNECTED, voided);
        gateway.findAuthorization(CONNECTED, order, "order:" + order + ":authorize");
        gateway.voidAuthorization(CONNECTED, voided, "order:" + order + ":void");
        String captured = authorize(CONNECTED, "order:other:authorize");
        gateway.capture(CONNECTED, captured, Money.of(2150, "EUR"), "order:other:capture");
        gateway.refund(CONNECTED, captured, Money.of(500, "EUR"), "order:other:refund:r1");

        assertThat(stripe.received()).extracting(Received::method, Received::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/payment_intents"),
                org.assertj.core.groups.Tuple.tuple("GET", "/v1/payment_intents/" + voided),
                org.assertj.core.groups.Tuple.tuple("GET", "/v1/payment_intents/search"),
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/payment_intents/" + voided + "/cancel"),
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/payment_intents"),
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/payment_intents/" + captured + "/capture"),
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/refunds"));
        assertThat(stripe.received()).allSatisfy(request ->
                assertThat(request.stripeAccount()).as(request.path()).contains("acct_1RestaurantA"));
        assertThat(stripe.applied("cancel")).isEqualTo(1);
        assertThat(stripe.applied("refund")).isEqualTo(1);
    }

    @Test
    void anIntentOfAConnectedAccount_isNotFoundOnThePlatformsOwn() {
        String id = authorize(CONNECTED, "k1");

        assertThatThrownBy(() -> gateway.capture(PaymentAccount.platform(), id, Money.of(2150, "EUR"), "k2"))
                .isInstanceOfSatisfying(PaymentGateway.Refused.class,
                        refused -> assertThat(refused.code()).isEqualTo("resource_missing"));
        assertThat(gateway.findAuthorization(PaymentAccount.platform(), order, "k1")).isEmpty();
        assertThat(gateway.findAuthorization(CONNECTED, order, "k1")).isPresent();
        assertThat(stripe.received().get(1).stripeAccount()).isEmpty();
    }

    @Test
    void aServerError_aPageThatIsNotJson_andATimeOut_areUnavailable_andNeverShowTheKey() {
        for (Fault fault : new Fault[] {Fault.SERVER_ERROR, Fault.NOT_JSON, Fault.SLOW}) {
            stripe.slowFor(Duration.ofMillis(1500));
            stripe.failNext(fault, 1);
            assertThatThrownBy(() -> authorize(PaymentAccount.platform(), "key-" + fault))
                    .as(fault.name()).isInstanceOfSatisfying(PaymentGateway.Unavailable.class, unavailable -> {
                        assertThat(unavailable.getMessage()).doesNotContain(SECRET).doesNotContain("sk_test");
                        assertThat(unavailable.getCause()).isNull();
                    });
        }
        assertThat(stripe.applied("create")).as("the slow one was carried out").isEqualTo(1);
        assertThat(authorize(PaymentAccount.platform(), "key-SLOW")).as("and is found again under its key")
                .startsWith("pi_");
        assertThat(stripe.applied("create")).isEqualTo(1);
    }

    @Test
    void aRejectedKey_isUnavailable_withoutTheKeyInTheMessage() {
        StripeGateway wrongKey = new StripeGateway(new StripeSettings("rk_wrong_" + SECRET, stripe.apiBase(),
                Duration.ofSeconds(2), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> wrongKey.authorize(PaymentAccount.platform(), new ChargeFor(restaurant, order),
                "pm_card_visa", Money.of(100, "EUR"), "k"))
                .isInstanceOfSatisfying(PaymentGateway.Unavailable.class,
                        unavailable -> assertThat(unavailable.getMessage()).doesNotContain(SECRET));
        assertThat(new StripeSettings(SECRET, stripe.apiBase(), Duration.ofSeconds(1), Duration.ofSeconds(1))
                .toString()).doesNotContain(SECRET);
    }
}
