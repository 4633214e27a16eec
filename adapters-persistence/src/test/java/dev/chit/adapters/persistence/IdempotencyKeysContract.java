package dev.chit.adapters.persistence;

import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyKeys.Claim;
import dev.chit.domain.port.IdempotencyRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class IdempotencyKeysContract extends ContractBase {

    private static final String SCOPE = "orders";
    private static final Duration LEASE = Duration.ofSeconds(12);
    private static final byte[] CREATED_BODY = "{\"id\":\"0193\",\"number\":1042}".getBytes(StandardCharsets.UTF_8);

    @Test
    void freeKey_isClaimed_thenInProgressForTheNextRequest() {
        String key = newKey();

        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(inProgress("fingerprint-a", NOON));
        assertThat(claim(key, "fingerprint-b", NOON)).isEqualTo(inProgress("fingerprint-a", NOON));
    }

    @Test
    void completedKey_answersWithTheStoredResponse_whateverTheNewBody() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);
        inTransaction(() -> keys().complete(SCOPE, key, 201, CREATED_BODY));

        IdempotencyRecord expected = new IdempotencyRecord(SCOPE, key, "fingerprint-a", 201, CREATED_BODY, NOON);
        assertThat(claim(key, "fingerprint-a", minutesAfterNoon(1))).isEqualTo(new Claim.Completed(expected));
        assertThat(claim(key, "fingerprint-b", minutesAfterNoon(1))).isEqualTo(new Claim.Completed(expected));
    }

    @Test
    void releasedKey_canBeClaimedAgain_butACompletedOneIsKept() {
        String released = newKey();
        claim(released, "fingerprint-a", NOON);
        inTransaction(() -> keys().release(SCOPE, released, holderOf("fingerprint-a")));
        assertThat(claim(released, "fingerprint-b", NOON)).isEqualTo(new Claim.Claimed());

        String completed = newKey();
        claim(completed, "fingerprint-a", NOON);
        inTransaction(() -> keys().complete(SCOPE, completed, 201, CREATED_BODY));
        inTransaction(() -> keys().release(SCOPE, completed, holderOf("fingerprint-a")));
        assertThat(claim(completed, "fingerprint-a", NOON)).isInstanceOf(Claim.Completed.class);
    }

    @Test
    void renewing_extendsTheHoldersLease_only() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);

        assertThat(inTransaction(() -> keys().renew(SCOPE, key, holderOf("fingerprint-a"), minutesAfterNoon(1)))).isTrue();
        assertThat(inTransaction(() -> keys().renew(SCOPE, key, "someone-else", minutesAfterNoon(5)))).isFalse();

        assertThat(claim(key, "fingerprint-a", NOON))
                .isEqualTo(new Claim.InProgress("fingerprint-a", NOON, holderOf("fingerprint-a"), minutesAfterNoon(1)));
    }

    @Test
    void aCompletedOrTakenOverClaim_isNoLongerRenewed() {
        String completed = newKey();
        claim(completed, "fingerprint-a", NOON);
        inTransaction(() -> keys().complete(SCOPE, completed, 201, CREATED_BODY));
        assertThat(inTransaction(() -> keys().renew(SCOPE, completed, holderOf("fingerprint-a"), minutesAfterNoon(1))))
                .isFalse();

        String takenOver = newKey();
        claim(takenOver, "fingerprint-a", NOON);
        takeOver(takenOver, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3));
        assertThat(inTransaction(() -> keys().renew(SCOPE, takenOver, holderOf("fingerprint-a"), minutesAfterNoon(9))))
                .isFalse();
        assertThat(claim(takenOver, "fingerprint-a", NOON)).isEqualTo(inProgress("fingerprint-a", minutesAfterNoon(3)));
    }

    @Test
    void aRequestWhoseClaimWasTakenOver_cannotReleaseItsSuccessors() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);
        takeOver(key, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3));

        inTransaction(() -> keys().release(SCOPE, key, holderOf("fingerprint-a")));

        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(inProgress("fingerprint-a", minutesAfterNoon(3)));
    }

    @Test
    void scopes_keepKeysApart() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);

        assertThat(database().transactions().inTransaction(() -> keys().claim("refunds", key, "fingerprint-a", holderOf("fingerprint-a"), NOON, leaseFrom(NOON))))
                .isEqualTo(new Claim.Claimed());
    }

    @Test
    void completion_rollsBackWithTheWork() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);

        assertThatThrownBy(() -> inTransaction(() -> {
            keys().complete(SCOPE, key, 201, CREATED_BODY);
            throw new IllegalStateException("order could not be stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(inProgress("fingerprint-a", NOON));
    }

    @Test
    void completingAnUnclaimedKey_isAnError() {
        assertThatThrownBy(() -> inTransaction(() -> keys().complete(SCOPE, newKey(), 201, CREATED_BODY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void purge_forgetsKeysClaimedBeforeTheCutoff() {
        String old = newKey();
        String recent = newKey();
        claim(old, "fingerprint-a", Instant.parse("2020-01-01T00:00:00Z"));
        claim(recent, "fingerprint-a", Instant.parse("2020-01-02T00:00:00Z"));

        int purged = keys().purgeCreatedBefore(Instant.parse("2020-01-01T12:00:00Z"));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(claim(old, "fingerprint-a", NOON)).isEqualTo(new Claim.Claimed());
        assertThat(claim(recent, "fingerprint-a", NOON))
                .isEqualTo(inProgress("fingerprint-a", Instant.parse("2020-01-02T00:00:00Z")));
    }

    @Test
    void twoRequestsClaimingOneKeyAtOnce_exactlyOneGetsIt() throws Exception {
        String key = newKey();

        List<Claim> claims = Concurrently.run(2, () -> claim(key, "fingerprint-a", NOON));

        assertThat(claims).containsExactlyInAnyOrder(new Claim.Claimed(), inProgress("fingerprint-a", NOON));
    }

    @Test
    void claimRacingAnOpenClaim_waitsForIt_andSeesItInProgress() throws Exception {
        String key = newKey();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CompletableFuture<Claim> first = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
            Claim claim = keys().claim(SCOPE, key, "fingerprint-a", holderOf("fingerprint-a"), NOON, leaseFrom(NOON));
            firstClaimed.countDown();
            sleep(300);
            return claim;
        }));
        assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();

        Claim second = claim(key, "fingerprint-b", NOON);

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(new Claim.Claimed());
        assertThat(second).isEqualTo(inProgress("fingerprint-a", NOON));
    }

    @Test
    void completingAKeyTwice_isAnError_andKeepsTheFirstResponse() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);
        inTransaction(() -> keys().complete(SCOPE, key, 201, CREATED_BODY));

        assertThatThrownBy(() -> inTransaction(() -> keys().complete(SCOPE, key, 409, "{}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(new Claim.Completed(
                new IdempotencyRecord(SCOPE, key, "fingerprint-a", 201, CREATED_BODY, NOON)));
    }

    @Test
    void anOpenClaim_isTakenOverAsSeen_andRestartsAtTheTakeOver() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);

        assertThat(takeOver(key, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3))).isTrue();

        assertThat(claim(key, "fingerprint-a", minutesAfterNoon(4)))
                .isEqualTo(inProgress("fingerprint-a", minutesAfterNoon(3)));
    }

    @Test
    void aTakenOverClaim_isCompletedByItsNewHolder() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);
        takeOver(key, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3));

        inTransaction(() -> keys().complete(SCOPE, key, 201, CREATED_BODY));

        assertThat(claim(key, "fingerprint-a", minutesAfterNoon(4))).isEqualTo(new Claim.Completed(
                new IdempotencyRecord(SCOPE, key, "fingerprint-a", 201, CREATED_BODY, minutesAfterNoon(3))));
    }

    @Test
    void aClaimNoLongerAsSeen_isNotTakenOver_andStaysAsItIs() {
        String takenOver = newKey();
        claim(takenOver, "fingerprint-a", NOON);
        takeOver(takenOver, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3));
        assertThat(takeOver(takenOver, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(5))).isFalse();
        assertThat(claim(takenOver, "fingerprint-a", NOON))
                .isEqualTo(inProgress("fingerprint-a", minutesAfterNoon(3)));

        String completed = newKey();
        claim(completed, "fingerprint-a", NOON);
        inTransaction(() -> keys().complete(SCOPE, completed, 201, CREATED_BODY));
        assertThat(takeOver(completed, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3))).isFalse();
        assertThat(claim(completed, "fingerprint-a", NOON)).isInstanceOf(Claim.Completed.class);

        String released = newKey();
        claim(released, "fingerprint-a", NOON);
        inTransaction(() -> keys().release(SCOPE, released, holderOf("fingerprint-a")));
        assertThat(takeOver(released, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3))).isFalse();
        assertThat(claim(released, "fingerprint-a", NOON)).isEqualTo(new Claim.Claimed());
    }

    @Test
    void aClaimForAnotherBody_isNotTakenOver() {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);

        assertThat(takeOver(key, "fingerprint-b", holderOf("fingerprint-a"), minutesAfterNoon(3))).isFalse();
        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(inProgress("fingerprint-a", NOON));
    }

    @Test
    void twoRequestsTakingOverOneClaimAtOnce_exactlyOneGetsIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = newKey();
            claim(key, "fingerprint-a", NOON);

            // The same instant for both, so that only the claim's own change can tell them apart.
            List<Boolean> takeOvers = Concurrently.run(2, () -> takeOver(key, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3)));

            assertThat(takeOvers).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void aTakeOverRacingAnOpenTakeOver_waitsForIt_andLoses() throws Exception {
        String key = newKey();
        claim(key, "fingerprint-a", NOON);
        CountDownLatch firstTookOver = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
            boolean tookOver = keys().takeOver(SCOPE, key, "fingerprint-a", holderOf("fingerprint-a"), holderAt(minutesAfterNoon(3)), minutesAfterNoon(3), leaseFrom(minutesAfterNoon(3)));
            firstTookOver.countDown();
            sleep(300);
            return tookOver;
        }));
        assertThat(firstTookOver.await(30, TimeUnit.SECONDS)).isTrue();

        boolean second = takeOver(key, "fingerprint-a", holderOf("fingerprint-a"), minutesAfterNoon(3));

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isFalse();
        assertThat(claim(key, "fingerprint-a", NOON)).isEqualTo(inProgress("fingerprint-a", minutesAfterNoon(3)));
    }

    /** Takes the claim held by {@code heldBy} over, for a holder named after {@code at}. */
    private boolean takeOver(String key, String fingerprint, String heldBy, Instant at) {
        // As PlaceOrder does: the take-over commits on its own, before the work.
        return inTransaction(() -> keys().takeOver(SCOPE, key, fingerprint, heldBy, holderAt(at), at, leaseFrom(at)));
    }

    /** Claims {@code key} for a holder named after {@code fingerprint}. */
    private Claim claim(String key, String fingerprint, Instant at) {
        // As PlaceOrder does: the claim commits on its own, before the work.
        return inTransaction(() -> keys().claim(SCOPE, key, fingerprint, holderOf(fingerprint), at, leaseFrom(at)));
    }

    /** A claim as {@link #claim} made it at {@code at}, or as {@link #takeOver} took it over at {@code at}. */
    private static Claim.InProgress inProgress(String fingerprint, Instant at) {
        String holder = at.equals(NOON) || at.isBefore(NOON) ? holderOf(fingerprint) : holderAt(at);
        return new Claim.InProgress(fingerprint, at, holder, leaseFrom(at));
    }

    private static String holderOf(String fingerprint) {
        return "holder-" + fingerprint;
    }

    private static String holderAt(Instant at) {
        return "taker-" + at.getEpochSecond();
    }

    private static Instant leaseFrom(Instant at) {
        return at.plus(LEASE);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return database().transactions().inTransaction(work);
    }

    private void inTransaction(Runnable work) {
        database().transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private IdempotencyKeys keys() {
        return database().idempotencyKeys();
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
