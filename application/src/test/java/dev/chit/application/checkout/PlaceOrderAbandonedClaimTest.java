package dev.chit.application.checkout;

import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.checkout.PlaceOrderResult.Replayed;
import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryIdempotencyKeys;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.chit.application.checkout.PlaceOrder.SCOPE;
import static dev.chit.application.testing.Checkouts.CONFIRMATION;
import static dev.chit.application.testing.Checkouts.paidWith;
import static dev.chit.application.testing.InMemoryChit.LEASE;
import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A checkout holds its key under a lease its server renews while it runs. One that died between
 * claiming its key and completing it (a killed server) stops renewing; a retry of the same
 * request takes the claim over once the lease has lapsed. One that failed frees its key at once,
 * or, when the database went away, as soon as it is back.
 */
class PlaceOrderAbandonedClaimTest {

    private static final PlaceOrderCommand CHECKOUT = paidWith("tok_visa", "k1");

    private final SlowCardNetwork network = new SlowCardNetwork(new FakeCardNetwork());
    private final InMemoryChit chit = new InMemoryChit(network).with(aRestaurant().build(), SampleMenu.menu());

    /** The claim a checkout made at {@code START} before its server died. */
    private void aCheckoutDiedAfterClaiming(String fingerprint) {
        chit.idempotencyKeys.claim(SCOPE, CHECKOUT.idempotencyKey(), fingerprint, "dead-server", START,
                START.plus(LEASE));
    }

    @Test
    void theSameRequest_onceTheLeaseHasLapsed_takesItOver_andPlacesTheOrder() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(LEASE);

        PlaceOrderResult result = chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        assertThat(result).isInstanceOfSatisfying(Placed.class, placed -> {
            assertThat(placed.order().number()).isEqualTo(1);
            assertThat(chit.idempotencyKeys.completed(SCOPE, "k1")).hasValueSatisfying(record -> {
                assertThat(record.responseBody()).isEqualTo(placed.confirmation());
                assertThat(record.createdAt()).isEqualTo(chit.clock.instant());
            });
        });
        assertThat(chit.orders.count()).isEqualTo(1);
        assertThat(chit.leases.held()).isZero();
    }

    @Test
    void theSameRequest_whileTheLeaseRuns_isStillAskedToRetry() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(LEASE.minusMillis(1));

        assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(RequestInProgress.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.claimedAt(SCOPE, "k1")).contains(START);
    }

    @Test
    void aCheckoutRunningLongerThanItsLease_keepsItsKey_whileItsServerRenewsIt() {
        Duration renewEvery = chit.leases.renewEvery();
        // The card network takes three leases' time, the renewals coming as they would.
        network.whileAuthorizing(() -> {
            for (int renewal = 0; renewal < 9; renewal++) {
                chit.clock.advance(renewEvery);
                chit.leases.renewAll();
                assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION))
                        .isInstanceOf(RequestInProgress.class);
            }
        });

        PlaceOrderResult result = chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        assertThat(result).isInstanceOf(Placed.class);
        assertThat(chit.orders.count()).isEqualTo(1);
        assertThat(chit.leases.held()).isZero();
    }

    @Test
    void aCheckoutThatFails_freesItsKeyAtOnce() {
        assertThatThrownBy(() -> chit.placeOrder.place(paidWith("tok_declined", "k1"), CONFIRMATION))
                .isInstanceOf(PaymentGateway.Declined.class);

        assertThat(chit.idempotencyKeys.isHeld(SCOPE, "k1")).isFalse();
        assertThat(chit.leases.held()).isZero();
    }

    @Test
    void aCheckoutCutOffByTheDatabase_freesItsKeyAtTheNextRenewal_withoutWaitingForTheDatabaseAgain() {
        network.whileAuthorizing(() -> {
            throw new DatabaseUnavailable("failover", null);
        });

        assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(DatabaseUnavailable.class);
        assertThat(chit.idempotencyKeys.isHeld(SCOPE, "k1")).isTrue();
        assertThat(chit.leases.held()).isEqualTo(1);

        chit.leases.renewAll();

        assertThat(chit.idempotencyKeys.isHeld(SCOPE, "k1")).isFalse();
        assertThat(chit.leases.held()).isZero();
        network.whileAuthorizing(() -> { });
        assertThat(chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(Placed.class);
    }

    @Test
    void aKeyNotYetFreedAfterAFailover_isNotRenewed_soItsLeaseLapses() {
        network.whileAuthorizing(() -> {
            throw new DatabaseUnavailable("failover", null);
        });
        assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(DatabaseUnavailable.class);
        network.whileAuthorizing(() -> { });

        chit.clock.advance(LEASE);

        assertThat(chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(Placed.class);
        assertThat(chit.orders.count()).isEqualTo(1);
    }

    @Test
    void aDifferentRequest_underALapsedClaim_isStillRefused() {
        aCheckoutDiedAfterClaiming("fp-another-body");
        chit.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(IdempotencyKeyReused.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.claimedAt(SCOPE, "k1")).contains(START);
    }

    @Test
    void aRetryAfterTheTakeOverCompleted_isAnsweredWithItsResponse() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(LEASE);
        Placed placed = (Placed) chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        PlaceOrderResult again = chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        assertThat(again).isInstanceOfSatisfying(Replayed.class,
                replayed -> assertThat(replayed.body()).isEqualTo(placed.confirmation()));
        assertThat(chit.orders.count()).isEqualTo(1);
    }

    @Test
    void aTakeOverThatFails_freesTheKeyForTheNextRetry() {
        aCheckoutDiedAfterClaiming("fp-tok_declined");
        chit.clock.advance(LEASE);

        assertThatThrownBy(() -> chit.placeOrder.place(paidWith("tok_declined", "k1"), CONFIRMATION))
                .isInstanceOf(PaymentGateway.Declined.class);

        assertThat(chit.idempotencyKeys.isHeld(SCOPE, "k1")).isFalse();
        assertThat(chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(Placed.class);
    }

    @Test
    void aTakeOverLostToAnotherRetry_isAskedToRetry_andLeavesTheWinnersClaim() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(LEASE);
        Instant theirs = chit.clock.instant().minusMillis(1);
        PlaceOrder racing = placeOrderWith(new OvertakenKeys(chit.idempotencyKeys, theirs));

        assertThatThrownBy(() -> racing.place(CHECKOUT, CONFIRMATION)).isInstanceOf(RequestInProgress.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.claimedAt(SCOPE, "k1")).contains(theirs);
    }

    private PlaceOrder placeOrderWith(IdempotencyKeys keys) {
        return new PlaceOrder(chit.restaurants, chit.menus, chit.orders, chit.kitchenLoads, keys, chit.leases,
                chit.events, chit.transactions, chit.checkoutAuthorization, chit.ids, chit.clock);
    }

    /** The fake network, which runs a step of the test before each authorization. */
    private static final class SlowCardNetwork implements PaymentGateway {

        private final FakeCardNetwork network;
        private Runnable beforeAuthorizing = () -> { };

        SlowCardNetwork(FakeCardNetwork network) {
            this.network = network;
        }

        void whileAuthorizing(Runnable step) {
            beforeAuthorizing = step;
        }

        @Override
        public AuthorizationOutcome authorize(PaymentAccount account, ChargeFor purpose, String paymentMethod,
                                              Money amount, String idempotencyKey) {
            Runnable step = beforeAuthorizing;
            // Once: the step may place the same checkout again.
            beforeAuthorizing = () -> { };
            step.run();
            return network.authorize(account, purpose, paymentMethod, amount, idempotencyKey);
        }

        @Override
        public void capture(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
            network.capture(account, authorizationId, amount, idempotencyKey);
        }

        @Override
        public void voidAuthorization(PaymentAccount account, String authorizationId, String idempotencyKey) {
            network.voidAuthorization(account, authorizationId, idempotencyKey);
        }

        @Override
        public void refund(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey) {
            network.refund(account, authorizationId, amount, idempotencyKey);
        }

        @Override
        public AuthorizationState authorizationState(PaymentAccount account, String authorizationId) {
            return network.authorizationState(account, authorizationId);
        }

        @Override
        public Optional<Authorization> findAuthorization(PaymentAccount account, OrderId orderId, String idempotencyKey) {
            return network.findAuthorization(account, orderId, idempotencyKey);
        }
    }

    /** Keys where another retry takes the claim over just before this one tries. */
    private record OvertakenKeys(InMemoryIdempotencyKeys keys, Instant theirTakeOver) implements IdempotencyKeys {

        @Override
        public Claim claim(String scope, String key, String fingerprint, String holder, Instant at, Instant leaseUntil) {
            return keys.claim(scope, key, fingerprint, holder, at, leaseUntil);
        }

        @Override
        public boolean takeOver(String scope, String key, String fingerprint, String heldBy, String holder, Instant at,
                                Instant leaseUntil) {
            assertThat(keys.takeOver(scope, key, fingerprint, heldBy, "another-retry", theirTakeOver,
                    theirTakeOver.plus(LEASE))).isTrue();
            return keys.takeOver(scope, key, fingerprint, heldBy, holder, at, leaseUntil);
        }

        @Override
        public boolean renew(String scope, String key, String holder, Instant leaseUntil) {
            return keys.renew(scope, key, holder, leaseUntil);
        }

        @Override
        public void complete(String scope, String key, int responseStatus, byte[] responseBody) {
            keys.complete(scope, key, responseStatus, responseBody);
        }

        @Override
        public void release(String scope, String key, String holder) {
            keys.release(scope, key, holder);
        }

        @Override
        public int purgeCreatedBefore(Instant cutoff) {
            return keys.purgeCreatedBefore(cutoff);
        }
    }
}
