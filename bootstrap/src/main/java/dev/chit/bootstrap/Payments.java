package dev.chit.bootstrap;

import dev.chit.adapters.payment.SandboxGateway;
import dev.chit.adapters.payment.SandboxSettings;
import dev.chit.adapters.payment.stripe.StripeGateway;
import dev.chit.adapters.payment.stripe.StripeSettings;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.apps.GuestPayments;
import dev.chit.application.orders.CompleteSandboxAuthentication;
import dev.chit.application.payment.CheckoutAuthorization;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.payment.PaymentInstructions;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.application.payment.SettlePayments;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.SandboxAuthentication;

import java.time.Clock;
import java.util.Optional;

/**
 * The payment side of the composition: the card network chosen by the settings, and the parts
 * the use cases share to use it (each call recorded in the database before and after it is made).
 */
record Payments(PaymentGateway gateway, PaymentSettlement settlement, PaymentInstructions instructions,
                CheckoutAuthorization checkout, SettlePayments settlePayments,
                Optional<SandboxAuthentication> sandboxAuthentication) {

    static Payments wire(PaymentSettings settings, Database database, OrderEventPublisher events, IdGenerator ids,
                         Clock clock) {
        Optional<SandboxGateway> sandbox = settings.gateway().equals(PaymentSettings.STRIPE) ? Optional.empty()
                : Optional.of(new SandboxGateway(
                        new SandboxSettings(settings.sandboxLatency(), SandboxSettings.DEFAULT_TIMEOUT)));
        PaymentGateway gateway = sandbox.<PaymentGateway>map(network -> network).orElseGet(() -> {
            StripeKeys keys = settings.stripe().orElseThrow();
            return new StripeGateway(StripeSettings.of(keys.secretKey(), keys.apiBase()));
        });
        var accounts = new PaymentAccounts(database.orders());
        var settlement = new PaymentSettlement(gateway, accounts, database.paymentOperations(), database.orders(),
                events, database.transactions(), ids, clock, PaymentSettings.ABANDON_AFTER);
        var instructions = new PaymentInstructions(database.paymentOperations(), ids);
        var checkout = new CheckoutAuthorization(gateway, accounts, database.paymentOperations(), settlement,
                database.transactions(), ids, clock);
        return new Payments(gateway, settlement, instructions, checkout, new SettlePayments(settlement),
                sandbox.<SandboxAuthentication>map(network -> network));
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
