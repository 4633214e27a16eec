package dev.chit.adapters.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.PaymentGateway;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The card network as Stripe: one PaymentIntent per checkout, confirmed at once and captured
 * when the kitchen accepts ({@code capture_method=manual}), on the restaurant's connected
 * account ({@code Stripe-Account}) when it has one.
 *
 * <p>Every call sends Chit's own operation key as Stripe's {@code Idempotency-Key}, the same on
 * every retry, so Stripe carries a call out once however often the settling job repeats it.
 * The library's own retries are off: retrying is the settling job's, with the same key.
 * Stripe's errors become the port's: a card error is a {@link Declined}, a request Stripe
 * refused (unknown object, wrong state, a key reused with other parameters) a {@link Refused},
 * and everything else (no connection, a time-out, a 5xx, an answer that is not JSON, a bad
 * key, a rate limit) {@link Unavailable}: whether the call happened is then unknown. Messages
 * are Chit's own and name Stripe's code and request id, never the key.
 */
public final class StripeGateway implements PaymentGateway {

    /** The metadata Chit puts on each PaymentIntent, to find it again and to see it in Stripe's dashboard. */
    public static final String ORDER_METADATA = "chit_order_id";
    public static final String RESTAURANT_METADATA = "chit_restaurant_id";

    // A PaymentIntent in these states holds, or may yet hold, the guest's money.
    private static final Set<String> HOLDING = Set.of("requires_capture", "requires_action", "requires_confirmation",
            "processing");
    // Stripe's decline code for a card declined without a more telling reason.
    private static final String GENERIC_DECLINE = "generic_decline";

    private final StripeClient client;
    private final StripeSettings settings;

    public StripeGateway(StripeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase().toString().replaceAll("/+$", ""))
                .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                .setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()))
                .setMaxNetworkRetries(0)
                .build();
    }

    @Override
    public AuthorizationOutcome authorize(PaymentAccount account, ChargeFor purpose, String paymentMethod,
                                          Money amount, String idempotencyKey) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(amount.minorUnits())
                .setCurrency(currencyOf(amount))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setConfirm(true)
                .setPaymentMethod(paymentMethod)
                .addPaymentMethodType("card")
                .putMetadata(ORDER_METADATA, purpose.orderId().toString())
                .putMetadata(RESTAURANT_METADATA, purpose.restaurantId().value().toString())
                .build();
        PaymentIntent intent = call("create", () -> client.v1().paymentIntents()
                .create(params, options(account, idempotencyKey)));
        return switch (intent.getStatus()) {
            case "requires_capture" -> new Authorization(intent.getId());
            case "requires_action", "requires_confirmation" ->
                    new NeedsAuthentication(intent.getId(), intent.getClientSecret());
            case "requires_payment_method" -> throw new Declined(declineCodeOf(intent));
            // Stripe has not decided yet: as good as no answer; the settling job finds and releases it.
            default -> throw new Unavailable("stripe: payment intent " + intent.getId() + " is "
                    + intent.getStatus() + " after confirmation", null);
        };
    }

    @Override
    public void capture(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
        var params = PaymentIntentCaptureParams.builder().setAmountToCapture(amount.minorUnits()).build();
        call("capture", () -> client.v1().paymentIntents().capture(authorizationId, params,
                options(account, idempotencyKey)));
    }

    @Override
    public void voidAuthorization(PaymentAccount account, String authorizationId, String idempotencyKey) {
        call("cancel", () -> client.v1().paymentIntents().cancel(authorizationId, options(account, idempotencyKey)));
    }

    @Override
    public void refund(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
        var params = RefundCreateParams.builder().setPaymentIntent(authorizationId).setAmount(amount.minorUnits())
                .build();
        call("refund", () -> client.v1().refunds().create(params, options(account, idempotencyKey)));
    }

    @Override
    public AuthorizationState authorizationState(PaymentAccount account, String authorizationId) {
        PaymentIntent intent = call("retrieve", () -> client.v1().paymentIntents().retrieve(authorizationId,
                options(account, null)));
        return switch (intent.getStatus()) {
            case "requires_capture" -> AuthorizationState.AUTHORIZED;
            case "requires_action", "requires_confirmation" -> AuthorizationState.REQUIRES_ACTION;
            case "processing" -> AuthorizationState.PROCESSING;
            case "succeeded" -> AuthorizationState.CAPTURED;
            default -> AuthorizationState.FAILED;
        };
    }

    /**
     * Stripe keeps no index by idempotency key: the intent is found by the order id Chit put in
     * its metadata. Stripe's search sees a new intent within about a minute, well inside the
     * time the settling job waits before it looks.
     */
    @Override
    public Optional<Authorization> findAuthorization(PaymentAccount account, OrderId orderId, String idempotencyKey) {
        var params = PaymentIntentSearchParams.builder()
                .setQuery("metadata['" + ORDER_METADATA + "']:'" + orderId + "'").build();
        var found = call("search", () -> client.v1().paymentIntents().search(params, options(account, null)));
        return found.getData().stream().filter(intent -> HOLDING.contains(intent.getStatus())).findFirst()
                .map(intent -> new Authorization(intent.getId()));
    }

    private static RequestOptions options(PaymentAccount account, String idempotencyKey) {
        var options = RequestOptions.builder();
        account.stripeAccountId().ifPresent(options::setStripeAccount);
        if (idempotencyKey != null) {
            options.setIdempotencyKey(idempotencyKey);
        }
        return options.build();
    }

    private static String currencyOf(Money amount) {
        return amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    /** The port's codes are the contract's: {@code card_declined} for a card declined for no given reason. */
    private static String declineCodeOf(String declineCode, String code) {
        if (declineCode != null && !declineCode.isBlank() && !declineCode.equals(GENERIC_DECLINE)) {
            return declineCode;
        }
        return code == null || code.isBlank() ? "card_declined" : code;
    }

    private static String declineCodeOf(PaymentIntent intent) {
        var error = intent.getLastPaymentError();
        return error == null ? "card_declined" : declineCodeOf(error.getDeclineCode(), error.getCode());
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private <T> T call(String operation, StripeCall<T> call) {
        try {
            return call.run();
        } catch (CardException card) {
            throw new Declined(declineCodeOf(card.getDeclineCode(), card.getCode()));
        } catch (IdempotencyException reused) {
            // 409: the same key is still being worked on by Stripe; 400: the key was used for other parameters.
            if (Integer.valueOf(409).equals(reused.getStatusCode())) {
                throw new Unavailable(describe(operation, reused), null);
            }
            throw new Refused("idempotency_key_reused", describe(operation, reused));
        } catch (InvalidRequestException invalid) {
            throw new Refused(invalid.getCode() == null ? "invalid_request" : invalid.getCode(),
                    describe(operation, invalid));
        } catch (StripeException failed) {
            throw new Unavailable(describe(operation, failed), null);
        } catch (RuntimeException unreadable) {
            // The library could not read the answer (not JSON, cut short): nothing is known.
            throw new Unavailable("stripe: " + operation + " answered with something unreadable ("
                    + unreadable.getClass().getSimpleName() + ")", null);
        }
    }

    // Chit's own words: Stripe's messages may quote a redacted key, which must stay out of logs.
    private String describe(String operation, StripeException failed) {
        return "stripe: " + operation + " failed at " + settings.apiBase().getHost() + " ("
                + failed.getClass().getSimpleName() + ", status " + failed.getStatusCode() + ", code "
                + failed.getCode() + ", request " + failed.getRequestId() + ")";
    }
}
