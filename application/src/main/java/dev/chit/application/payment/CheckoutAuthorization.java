package dev.chit.application.payment;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.Authorization;
import dev.chit.domain.port.PaymentGateway.AuthorizationOutcome;
import dev.chit.domain.port.PaymentGateway.ChargeFor;
import dev.chit.domain.port.PaymentGateway.NeedsAuthentication;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.StripeAccountId;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * Reserves a checkout's total on the guest's card before the order is stored. The authorization
 * is recorded pending, in a transaction of its own, before the network is asked, so that a
 * crash before the order is stored leaves a trace: the settling job releases what it reserved.
 */
public final class CheckoutAuthorization {

    private static final System.Logger LOG = System.getLogger(CheckoutAuthorization.class.getName());

    /** Stripe's decline code for a card whose bank wants the guest to authenticate. */
    public static final String AUTHENTICATION_REQUIRED = "authentication_required";

    private final PaymentGateway gateway;
    private final PaymentAccounts accounts;
    private final PaymentOperations operations;
    private final PaymentSettlement settlement;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public CheckoutAuthorization(PaymentGateway gateway, PaymentAccounts accounts, PaymentOperations operations,
                                 PaymentSettlement settlement, Transactions transactions, IdGenerator ids, Clock clock) {
        this.gateway = gateway;
        this.accounts = accounts;
        this.operations = operations;
        this.settlement = settlement;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** How a checkout's card answered: the amount reserved, or the guest's bank to be asked first. */
    public sealed interface CheckoutPayment {

        PaymentOperation operation();

        String authorizationId();
    }

    /** An authorization the network granted, not yet recorded as settled: that happens with the order. */
    public record Authorized(PaymentOperation operation, Authorization authorization) implements CheckoutPayment {

        @Override
        public String authorizationId() {
            return authorization.authorizationId();
        }
    }

    /**
     * The guest's bank wants the guest to authenticate (3-D Secure) before it reserves anything;
     * the order waits for it. Recorded as settled with the order, like an authorization, so the
     * job does not take it for a checkout that died: the order's own abandonment gives it up.
     *
     * @param clientSecret for the guest's browser only; never logged
     */
    public record AwaitingGuest(PaymentOperation operation, String authorizationId, String clientSecret)
            implements CheckoutPayment {

        @Override
        public String toString() {
            return "AwaitingGuest[operation=" + operation.id() + ", authorizationId=" + authorizationId + "]";
        }
    }

    /**
     * Call outside any transaction: the network is slow, and must not hold the database.
     *
     * @return the amount reserved, or the guest's bank to be asked first (3-D Secure)
     * @throws PaymentGateway.Declined    when the card was declined; recorded as failed
     * @throws InvalidInput               naming {@code payment.paymentMethod} when the network knows no such card
     * @throws PaymentGateway.Unavailable when the network did not answer; left pending for the job
     */
    public CheckoutPayment authorize(OrderId orderId, RestaurantId restaurantId, PaymentMethod.Card card, Money total) {
        // The account is recorded with the call, so that its retry goes where it went whatever the setting says by then.
        Optional<StripeAccountId> account = accounts.connectedAccountOf(restaurantId);
        PaymentOperation pending = PaymentOperation.authorization(new PaymentOperationId(ids.next()), orderId, total,
                account, clock.instant());
        // One insert, committed on its own before the network is asked.
        operations.record(pending);
        AuthorizationOutcome outcome;
        try {
            outcome = gateway.authorize(PaymentAccount.of(account), new ChargeFor(restaurantId, orderId),
                    card.token(), total, pending.gatewayKey());
        } catch (PaymentGateway.Declined declined) {
            recordFailure(pending, declined.declineCode());
            throw declined;
        } catch (PaymentGateway.Refused refused) {
            recordFailure(pending, refused.code());
            throw new InvalidInput("payment.paymentMethod", "unknown",
                    "the card network refused this payment method (" + refused.code() + ")");
        } catch (PaymentGateway.Unavailable unanswered) {
            // Whether the network reserved anything is unknown, and the call may still be on its
            // way: the job asks the network once the checkout is surely over, and releases it.
            LOG.log(Level.WARNING, "event=authorization-unanswered orderId={0} error=\"{1}\"", orderId,
                    unanswered.getMessage());
            throw unanswered;
        }
        return switch (outcome) {
            case Authorization authorization -> new Authorized(pending, authorization);
            case NeedsAuthentication needs -> new AwaitingGuest(pending, needs.authorizationId(), needs.clientSecret());
        };
    }

    // The guest must hear of the decline even when the database cannot take note of it: the
    // job then finds nothing reserved under the key and closes the operation.
    private void recordFailure(PaymentOperation pending, String code) {
        try {
            transactions.inTransaction(() -> operations.settle(pending.failed(code, clock.instant())));
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, "event=decline-not-recorded orderId={0} error=\"{1}\"", pending.orderId(),
                    notRecorded.getMessage());
        }
    }

    /**
     * In the transaction that stores the order: the authorization is settled with it, or not at all.
     *
     * @throws IllegalStateException when the job gave the authorization up meanwhile (here, or by the commit): the
     *                               order must not be stored then
     */
    public void confirm(CheckoutPayment authorized) {
        operations.settleWithTransaction(authorized.operation().succeeded(
                        Optional.of(authorized.authorizationId()), clock.instant()),
                () -> new IllegalStateException("the authorization of order " + authorized.operation().orderId()
                        + " was given up before its order could be stored"));
    }

    /**
     * After the order could not be stored: releases the reservation at once, so the guest's
     * card is not held until the job runs. Failing here is fine; the job does it later.
     */
    public void release(CheckoutPayment authorized) {
        try {
            settlement.abandon(authorized.operation(), Optional.of(new Authorization(authorized.authorizationId())));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=authorization-release-deferred orderId={0} error=\"{1}\"",
                    authorized.operation().orderId(), failed.getMessage());
        }
    }
}
