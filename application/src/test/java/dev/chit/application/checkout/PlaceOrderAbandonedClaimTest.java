package dev.chit.application.checkout;

import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.checkout.PlaceOrderResult.Replayed;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryIdempotencyKeys;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.chit.application.checkout.PlaceOrder.CLAIM_ABANDONED_AFTER;
import static dev.chit.application.checkout.PlaceOrder.SCOPE;
import static dev.chit.application.testing.Checkouts.CONFIRMATION;
import static dev.chit.application.testing.Checkouts.paidWith;
import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A checkout that died between claiming its key and completing it (a crash, a lost database)
 * leaves the key claimed; a retry of the same request takes the claim over once it is old enough.
 */
class PlaceOrderAbandonedClaimTest {

    private static final PlaceOrderCommand CHECKOUT = paidWith("tok_visa", "k1");

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());

    /** The claim a checkout made at {@code START} before its server died. */
    private void aCheckoutDiedAfterClaiming(String fingerprint) {
        chit.idempotencyKeys.claim(SCOPE, CHECKOUT.idempotencyKey(), fingerprint, START);
    }

    @Test
    void theSameRequest_onceTheClaimIsAbandoned_takesItOver_andPlacesTheOrder() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(CLAIM_ABANDONED_AFTER);

        PlaceOrderResult result = chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        assertThat(result).isInstanceOfSatisfying(Placed.class, placed -> {
            assertThat(placed.order().number()).isEqualTo(1);
            assertThat(chit.idempotencyKeys.completed(SCOPE, "k1")).hasValueSatisfying(record -> {
                assertThat(record.responseBody()).isEqualTo(placed.confirmation());
                assertThat(record.createdAt()).isEqualTo(chit.clock.instant());
            });
        });
        assertThat(chit.orders.count()).isEqualTo(1);
    }

    @Test
    void theSameRequest_whileTheClaimIsYounger_isStillAskedToRetry() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(CLAIM_ABANDONED_AFTER.minusMillis(1));

        assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(RequestInProgress.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.claimedAt(SCOPE, "k1")).contains(START);
    }

    @Test
    void aDifferentRequest_underAnAbandonedClaim_isStillRefused() {
        aCheckoutDiedAfterClaiming("fp-another-body");
        chit.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(IdempotencyKeyReused.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.claimedAt(SCOPE, "k1")).contains(START);
    }

    @Test
    void aRetryAfterTheTakeOverCompleted_isAnsweredWithItsResponse() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(CLAIM_ABANDONED_AFTER);
        Placed placed = (Placed) chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        PlaceOrderResult again = chit.placeOrder.place(CHECKOUT, CONFIRMATION);

        assertThat(again).isInstanceOfSatisfying(Replayed.class,
                replayed -> assertThat(replayed.body()).isEqualTo(placed.confirmation()));
        assertThat(chit.orders.count()).isEqualTo(1);
    }

    @Test
    void aTakeOverThatFails_freesTheKeyForTheNextRetry() {
        aCheckoutDiedAfterClaiming("fp-tok_declined");
        chit.clock.advance(CLAIM_ABANDONED_AFTER);

        assertThatThrownBy(() -> chit.placeOrder.place(paidWith("tok_declined", "k1"), CONFIRMATION))
                .isInstanceOf(PaymentGateway.Declined.class);

        assertThat(chit.idempotencyKeys.isHeld(SCOPE, "k1")).isFalse();
        assertThat(chit.placeOrder.place(CHECKOUT, CONFIRMATION)).isInstanceOf(Placed.class);
    }

    @Test
    void aTakeOverLostToAnotherRetry_isAskedToRetry_andLeavesTheWinnersClaim() {
        aCheckoutDiedAfterClaiming(CHECKOUT.requestFingerprint());
        chit.clock.advance(CLAIM_ABANDONED_AFTER);
        Instant theirs = chit.clock.instant().minusMillis(1);
        PlaceOrder racing = placeOrderWith(new OvertakenKeys(chit.idempotencyKeys, theirs));

        assertThatThrownBy(() -> racing.place(CHECKOUT, CONFIRMATION)).isInstanceOf(RequestInProgress.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.claimedAt(SCOPE, "k1")).contains(theirs);
    }

    private PlaceOrder placeOrderWith(IdempotencyKeys keys) {
        return new PlaceOrder(chit.restaurants, chit.menus, chit.orders, chit.kitchenLoads, keys, chit.events,
                chit.transactions,
                chit.checkoutAuthorization, chit.ids, chit.clock);
    }

    /** Keys where another retry takes the claim over just before this one tries. */
    private record OvertakenKeys(InMemoryIdempotencyKeys keys, Instant theirTakeOver) implements IdempotencyKeys {

        @Override
        public Claim claim(String scope, String key, String fingerprint, Instant at) {
            return keys.claim(scope, key, fingerprint, at);
        }

        @Override
        public boolean takeOver(String scope, String key, String fingerprint, Instant claimedAt, Instant at) {
            assertThat(keys.takeOver(scope, key, fingerprint, claimedAt, theirTakeOver)).isTrue();
            return keys.takeOver(scope, key, fingerprint, claimedAt, at);
        }

        @Override
        public void complete(String scope, String key, int responseStatus, byte[] responseBody) {
            keys.complete(scope, key, responseStatus, responseBody);
        }

        @Override
        public void release(String scope, String key) {
            keys.release(scope, key);
        }

        @Override
        public int purgeCreatedBefore(Instant cutoff) {
            return keys.purgeCreatedBefore(cutoff);
        }
    }
}
