package dev.chit.adapters.payment.stripe;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentEvent;
import dev.chit.domain.payment.PaymentEvent.Kind;
import dev.chit.domain.port.PaymentEvents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Stripe's webhook events, read with Stripe's own library: {@link Webhook} checks the
 * {@code Stripe-Signature} header (an HMAC-SHA256 of {@code "<t>.<body>"} with the endpoint's
 * signing secret, compared in constant time, at most {@link #TOLERANCE} old) before anything of
 * the body is parsed. Only then is the event read, and only the events Chit acts on are looked
 * into: the PaymentIntent's, the charge's or the dispute's PaymentIntent id and the order its
 * metadata names ({@value StripeGateway#ORDER_METADATA}).
 */
public final class StripeWebhookEvents implements PaymentEvents {

    /** How old a signature may be: Stripe's own default, against replays of a recorded event. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String signingSecret;
    private final Clock clock;

    /**
     * @param signingSecret the endpoint's signing secret ({@code whsec_...}) from Stripe's dashboard
     * @param clock         what "too old" is measured against
     */
    public StripeWebhookEvents(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("the Stripe webhook signing secret is missing");
        }
        this.signingSecret = signingSecret;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PaymentEvent read(byte[] body, Optional<String> signature) {
        String header = signature.filter(value -> !value.isBlank())
                .orElseThrow(() -> new Unverified("missing", "The Stripe-Signature header is missing."));
        Event event;
        try {
            event = Webhook.constructEvent(new String(body, StandardCharsets.UTF_8), header, signingSecret,
                    TOLERANCE.toSeconds(), clock);
        } catch (SignatureVerificationException wrong) {
            throw new Unverified("invalid", "The Stripe-Signature header does not match the body, or is more than "
                    + TOLERANCE.toMinutes() + " minutes old.");
        } catch (RuntimeException unreadable) {
            // A header of the wrong form, or a signed body that is not an event.
            throw new Unverified("unreadable", "The request is not a Stripe event with a well-formed signature.");
        }
        try {
            return eventOf(event);
        } catch (EventDataObjectDeserializationException | RuntimeException unreadable) {
            throw new Unverified("unreadable", "The Stripe event " + event.getId() + " could not be read.");
        }
    }

    private static PaymentEvent eventOf(Event event) throws EventDataObjectDeserializationException {
        String type = String.valueOf(event.getType());
        Kind kind = switch (type) {
            case "payment_intent.amount_capturable_updated" -> Kind.AUTHORIZED;
            case "payment_intent.payment_failed", "payment_intent.canceled" -> Kind.FAILED;
            case "charge.refunded" -> Kind.REFUNDED;
            case "charge.dispute.created" -> Kind.DISPUTED;
            default -> Kind.OTHER;
        };
        if (kind == Kind.OTHER) {
            return new PaymentEvent(event.getId(), type, kind, Optional.empty(), Optional.empty(), Optional.empty());
        }
        StripeObject object = event.getDataObjectDeserializer().deserializeUnsafe();
        return switch (object) {
            case PaymentIntent intent -> new PaymentEvent(event.getId(), type, kind, Optional.ofNullable(intent.getId()),
                    orderOf(intent.getMetadata()), Optional.empty());
            case Charge charge -> new PaymentEvent(event.getId(), type, kind,
                    Optional.ofNullable(charge.getPaymentIntent()), orderOf(charge.getMetadata()),
                    Optional.ofNullable(charge.getAmountRefunded()));
            case Dispute dispute -> new PaymentEvent(event.getId(), type, kind,
                    Optional.ofNullable(dispute.getPaymentIntent()), orderOf(dispute.getMetadata()), Optional.empty());
            default -> throw new IllegalArgumentException("a " + type + " event about a " + object.getClass().getSimpleName());
        };
    }

    // Chit's own metadata; anything else there (a hand-made intent's) names no order.
    private static Optional<OrderId> orderOf(Map<String, String> metadata) {
        return Optional.ofNullable(metadata).map(values -> values.get(StripeGateway.ORDER_METADATA))
                .flatMap(StripeWebhookEvents::uuid).map(OrderId::new);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
