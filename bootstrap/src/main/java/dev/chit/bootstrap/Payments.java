package dev.chit.bootstrap;

import dev.chit.adapters.payment.SandboxGateway;
import dev.chit.adapters.payment.SandboxSettings;
import dev.chit.adapters.payment.stripe.StripeGateway;
import dev.chit.adapters.payment.stripe.StripeSettings;
import dev.chit.adapters.payment.stripe.StripeWebhookEvents;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.apps.GuestPayments;
import dev.chit.application.orders.CancelAbandonedCheckouts;
import dev.chit.application.orders.CompleteSandboxAuthentication;
import dev.chit.application.payment.CheckoutAuthorization;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.payment.PaymentInstructions;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.application.payment.SettlePayments;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.PaymentEvents;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.SandboxAuthentication;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The payment side of the composition: the card network chosen by the settings, and the parts
 * the use cases share to use it (each call recorded in the database before and after it is made).
 *
 * @param stripeEvents Stripe's webhook events, when payments go through Stripe and its signing secret is set
 */
record Payments(PaymentGateway gateway, PaymentAccounts accounts, PaymentSettlement settlement,
                PaymentInstructions instructions, CheckoutAuthorization checkout, SettlePayments settlePayments,
                CancelAbandonedCheckouts abandonedCheckouts, Optional<SandboxAuthentication> sandboxAuthentication,
                Optional<PaymentEvents> stripeEvents) {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());

    /** How often orders left waiting for the guest's bank are looked for: often enough for a short limit too. */
    static final Duration ABANDONED_CHECKOUTS_SWEEP = Duration.ofSeconds(15);

    /** The sweep's interval for the limit set: never longer than the limit itself. */
    static Duration abandonedCheckoutsSweep(PaymentSettings settings) {
        Duration limit = settings.abandonAwaitingAfter();
        return limit.compareTo(ABANDONED_CHECKOUTS_SWEEP) < 0 ? limit : ABANDONED_CHECKOUTS_SWEEP;
    }

    static Payments wire(PaymentSettings settings, Database database, OrderEventPublisher events, IdGenerator ids,
                         Clock clock) {
        Optional<SandboxGateway> sandbox = settings.gateway().equals(PaymentSettings.STRIPE) ? Optional.empty()
                : Optional.of(new SandboxGateway(
                        new SandboxSettings(settings.sandboxLatency(), SandboxSettings.DEFAULT_TIMEOUT)));
        PaymentGateway gateway = sandbox.<PaymentGateway>map(network -> network).orElseGet(() -> {
            StripeKeys keys = settings.stripe().orElseThrow();
            return new StripeGateway(StripeSettings.of(keys.secretKey(), keys.apiBase()));
        });
        var accounts = new PaymentAccounts(database.restaurants(), database.orders(), database.paymentOperations());
        var settlement = new PaymentSettlement(gateway, accounts, database.paymentOperations(), database.orders(),
                events, database.transactions(), ids, clock, settings.giveUpUnplaced());
        var instructions = new PaymentInstructions(database.paymentOperations(), ids);
        var checkout = new CheckoutAuthorization(gateway, accounts, database.paymentOperations(), settlement,
                database.transactions(), ids, clock);
        var abandonedCheckouts = new CancelAbandonedCheckouts(database.awaitingPayments(), database.orders(),
                instructions, settlement, database.transactions(), clock, settings.abandonAwaitingAfter(),
                database.portions())
                .withPromotions(database.promotions());
        return new Payments(gateway, accounts, settlement, instructions, checkout, new SettlePayments(settlement),
                abandonedCheckouts, sandbox.<SandboxAuthentication>map(network -> network),
                readStripeEvents(settings, clock));
    }

    // Without the endpoint's signing secret no event can be trusted: the webhook is off (404), and
    // only the guest's confirmation places an order that waited for its bank.
    private static Optional<PaymentEvents> readStripeEvents(PaymentSettings settings, Clock clock) {
        Optional<String> secret = settings.stripe().flatMap(StripeKeys::webhookSecret).filter(s -> !s.isBlank());
        if (settings.gateway().equals(PaymentSettings.STRIPE) && secret.isEmpty()) {
            LOG.warning("event=stripe-webhook-off reason=\"no CHIT_STRIPE_WEBHOOK_SECRET\" effect=\"POST "
                    + "/api/v1/payments/stripe/events answers 404; refunds and disputes made in Stripe are not seen\"");
        }
        return settings.gateway().equals(PaymentSettings.STRIPE)
                ? secret.map(signingSecret -> new StripeWebhookEvents(signingSecret, clock))
                : Optional.empty();
    }

    /** How the guest's app takes cards with these settings: shown with the menu, and in the pages' policy. */
    static GuestPayments guestSide(PaymentSettings settings) {
        return settings.stripe().filter(keys -> settings.gateway().equals(PaymentSettings.STRIPE))
                .map(keys -> GuestPayments.stripe(keys.publishableKey(), keys.scriptUrl()))
                .orElseGet(GuestPayments::sandbox);
    }

    /** The guest's answers to the sandbox's check of their card; none with Stripe. */
    Optional<CompleteSandboxAuthentication> sandboxAnswers(Database database) {
        return sandboxAuthentication.map(network -> new CompleteSandboxAuthentication(database.orders(),
                database.paymentOperations(), network));
    }
}
