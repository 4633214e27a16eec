package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.RequestIds;
import dev.chit.application.orders.HandlePaymentEvent;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.payment.PaymentEvent;
import dev.chit.domain.port.PaymentEvents;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderName;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /payments/stripe/events}: Stripe's webhook. Public (Stripe signs instead of
 * signing in): the {@code Stripe-Signature} header is checked over the exact bytes of the body
 * before anything in it is read, and a missing, wrong or stale one is a 400 that changes nothing.
 * Every verified event is answered 200, also one handled before or about an order Chit does not
 * know, so that Stripe stops sending it. A server that does not take payments through Stripe, or
 * has no signing secret, has no such endpoint: 404.
 */
public final class StripeEventService implements HttpService {

    static final String EVENTS = "/payments/stripe/events";
    private static final HeaderName STRIPE_SIGNATURE = HeaderNames.create("Stripe-Signature");
    private static final System.Logger LOG = System.getLogger(StripeEventService.class.getName());

    private final Optional<PaymentEvents> paymentEvents;
    private final HandlePaymentEvent handlePaymentEvent;
    private final Json json;

    /** @param paymentEvents Stripe's events, when the server takes payments through Stripe with a signing secret */
    public StripeEventService(Optional<PaymentEvents> paymentEvents, HandlePaymentEvent handlePaymentEvent, Json json) {
        this.paymentEvents = paymentEvents;
        this.handlePaymentEvent = handlePaymentEvent;
        this.json = json;
    }

    /** What Stripe is answered; it reads nothing of it but the status, people reading its dashboard do. */
    record ReceivedJson(boolean received, String outcome) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(EVENTS, this::receive)
                .any(EVENTS, MethodNotAllowed.allowing(Method.POST));
    }

    private void receive(ServerRequest req, ServerResponse res) {
        PaymentEvents events = paymentEvents.orElseThrow(() -> new NotFound("Stripe webhook endpoint", EVENTS));
        Optional<String> signature = req.headers().first(STRIPE_SIGNATURE);
        PaymentEvent event;
        try {
            // A request without a signature is refused before its body is read at all.
            event = events.read(signature.isPresent() ? JsonBody.read(req) : new byte[0], signature);
        } catch (PaymentEvents.Unverified refused) {
            LOG.log(Level.WARNING, "event=stripe-event-refused reason={0} requestId={1}", refused.code(),
                    RequestIds.of(req));
            throw refused;
        }
        HandlePaymentEvent.Outcome outcome = handlePaymentEvent.handle(event);
        JsonResponses.send(res, Status.OK_200, json.write(new ReceivedJson(true,
                outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
    }
}
