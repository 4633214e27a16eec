package dev.chit.adapters.persistence;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookDelivery.Status;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The webhooks, their deliveries and attempts. Tests share the tables, so each looks only at
 * the webhooks it made (claims may also take other tests' leftovers, which no test minds).
 */
abstract class WebhooksContract extends ContractBase {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private Webhooks webhooks() {
        return database().webhooks();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return database().transactions().inTransaction(work);
    }

    private Webhook subscribed(RestaurantId restaurantId) {
        var hook = new Webhook(new WebhookId(UUID.randomUUID()), restaurantId, URI.create("https://hooks.example.com/chit"),
                Set.of(WebhookEventType.ORDER_CREATED, WebhookEventType.ORDER_UPDATED), "whsec_shh", NOON);
        inTransaction(() -> {
            webhooks().add(hook);
            return null;
        });
        return hook;
    }

    private WebhookDelivery enqueued(Webhook hook, Instant at) {
        var delivery = WebhookDelivery.pending(UUID.randomUUID(), hook.id(), WebhookEventType.ORDER_CREATED,
                "{\"id\":\"x\",\"note\":\"caf\u00e9 \\\"quoted\\\"\"}", at);
        inTransaction(() -> {
            webhooks().enqueue(delivery);
            return null;
        });
        return delivery;
    }

    private List<Leased<WebhookDelivery>> claimed(Instant now, Webhook hook) {
        return webhooks().claimDue(now, LEASE, 1000).stream()
                .filter(claim -> claim.message().webhookId().equals(hook.id())).toList();
    }

    private static Attempt attempt(Leased<WebhookDelivery> claim, Instant at, Optional<Integer> code,
                                   Optional<String> error) {
        return new Attempt(at, code, error);
    }

    @Test
    void aWebhook_isReadBackAsWritten_andListedWithItsRestaurant() {
        RestaurantId restaurant = new RestaurantId(UUID.randomUUID());
        Webhook first = subscribed(restaurant);
        Webhook second = subscribed(restaurant);

        assertThat(webhooks().find(first.id())).contains(first);
        assertThat(webhooks().of(restaurant)).containsExactlyInAnyOrder(first, second);
        assertThat(webhooks().of(new RestaurantId(UUID.randomUUID()))).isEmpty();
        assertThat(webhooks().find(first.id()).orElseThrow().secret()).as("kept to sign with").isEqualTo("whsec_shh");
    }

    @Test
    void removingAWebhook_takesItsDeliveriesAndAttempts() {
        Webhook hook = subscribed(new RestaurantId(UUID.randomUUID()));
        enqueued(hook, NOON);
        Leased<WebhookDelivery> claim = claimed(NOON, hook).getFirst();
        webhooks().retryAt(claim, attempt(claim, NOON, Optional.of(500), Optional.of("answered 500")),
                minutesAfterNoon(1));

        assertThat(inTransaction(() -> webhooks().remove(hook.id()))).isTrue();
        assertThat(webhooks().find(hook.id())).isEmpty();
        assertThat(webhooks().deliveries(hook.id())).isEmpty();
        assertThat(webhooks().attempts(hook.id(), 10)).isEmpty();
        assertThat(webhooks().remove(hook.id())).isFalse();
    }

    @Test
    void aRolledBackChange_leavesNoDelivery() {
        Webhook hook = subscribed(new RestaurantId(UUID.randomUUID()));
        assertThatThrownBy(() -> inTransaction(() -> {
            webhooks().enqueue(WebhookDelivery.pending(UUID.randomUUID(), hook.id(), WebhookEventType.ORDER_UPDATED,
                    "{}", NOON));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(webhooks().deliveries(hook.id())).isEmpty();
    }

    @Test
    void aClaimGivenBack_isDueAtOnce_withItsAttemptUncounted_andOnlyByItsClaimer() {
        Webhook hook = subscribed(new RestaurantId(UUID.randomUUID()));
        WebhookDelivery delivery = enqueued(hook, NOON);
        Leased<WebhookDelivery> claim = claimed(NOON, hook).getFirst();
        assertThat(claimed(minutesAfterNoon(1), hook)).as("leased").isEmpty();

        assertThat(inTransaction(() -> webhooks().release(claim, minutesAfterNoon(1)))).isTrue();
        assertThat(inTransaction(() -> webhooks().release(claim, minutesAfterNoon(1))))
                .as("given back once").isFalse();

        Leased<WebhookDelivery> again = claimed(minutesAfterNoon(1), hook).getFirst();
        assertThat(again.message().id()).isEqualTo(delivery.id());
        assertThat(again.message().attempts()).as("the given-back claim did not count").isEqualTo(1);
        assertThat(inTransaction(() -> webhooks().release(claim, minutesAfterNoon(2))))
                .as("a stale claim gives back nothing").isFalse();
        assertThat(webhooks().attempts(hook.id(), 10)).as("no attempt recorded").isEmpty();
    }

    @Test
    void aDelivery_isClaimedForALease_retried_andRecordsEveryAttempt() {
        Webhook hook = subscribed(new RestaurantId(UUID.randomUUID()));
        WebhookDelivery delivery = enqueued(hook, NOON);
        assertThat(webhooks().deliveries(hook.id())).containsExactly(delivery);

        assertThat(claimed(minutesAfterNoon(-1), hook)).as("not due yet").isEmpty();
        Leased<WebhookDelivery> first = claimed(NOON, hook).getFirst();
        assertThat(first.message().attempts()).isEqualTo(1);
        assertThat(first.message().body()).isEqualTo(delivery.body());
        assertThat(claimed(minutesAfterNoon(1), hook)).as("claimed, lease running").isEmpty();

        assertThat(webhooks().retryAt(first, attempt(first, NOON, Optional.of(500), Optional.of("answered 500")),
                minutesAfterNoon(10))).isTrue();
        assertThat(claimed(minutesAfterNoon(9), hook)).isEmpty();
        Leased<WebhookDelivery> second = claimed(minutesAfterNoon(10), hook).getFirst();
        assertThat(second.message().id()).as("the same id on every attempt").isEqualTo(delivery.id());
        assertThat(second.message().attempts()).isEqualTo(2);

        assertThat(webhooks().delivered(first, attempt(first, NOON, Optional.of(200), Optional.empty())))
                .as("a stale claim reports nothing").isFalse();
        assertThat(webhooks().delivered(second, attempt(second, minutesAfterNoon(11), Optional.of(204),
                Optional.empty()))).isTrue();
        assertThat(webhooks().deliveries(hook.id())).singleElement()
                .satisfies(done -> assertThat(done.status()).isEqualTo(Status.DELIVERED));
        assertThat(claimed(minutesAfterNoon(600), hook)).as("delivered is never claimed again").isEmpty();

        assertThat(webhooks().attempts(hook.id(), 10)).extracting(DeliveryAttempt::attempt, DeliveryAttempt::statusCode,
                        DeliveryAttempt::error)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, Optional.of(204), Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(1, Optional.of(500), Optional.of("answered 500")));
    }

    private WebhookDelivery deadAt(Webhook hook, Instant at) {
        WebhookDelivery delivery = enqueued(hook, NOON);
        Leased<WebhookDelivery> claim = webhooks().claimDue(minutesAfterNoon(60 * 48), LEASE, 1000).stream()
                .filter(leased -> leased.message().id().equals(delivery.id())).findFirst().orElseThrow();
        assertThat(webhooks().dead(claim, attempt(claim, at, Optional.of(503), Optional.of("answered 503")))).isTrue();
        return delivery;
    }

    @Test
    void deadDeliveries_areListedPerRestaurant_newestFirst_inKeysetPages() {
        RestaurantId ours = new RestaurantId(UUID.randomUUID());
        Webhook hook = subscribed(ours);
        Webhook theirs = subscribed(new RestaurantId(UUID.randomUUID()));
        WebhookDelivery oldest = deadAt(hook, minutesAfterNoon(1));
        WebhookDelivery middle = deadAt(hook, minutesAfterNoon(2));
        WebhookDelivery newest = deadAt(hook, minutesAfterNoon(3));
        deadAt(theirs, minutesAfterNoon(4));
        enqueued(hook, NOON);
        var letters = database().deadLetters();

        var first = letters.page(DeadLetters.Queue.WEBHOOK_DELIVERIES, ours, Optional.empty(), 2);
        var rest = letters.page(DeadLetters.Queue.WEBHOOK_DELIVERIES, ours,
                Optional.of(DeadLetter.Cursor.after(first.getLast())), 2);

        assertThat(first).extracting(DeadLetter::id).containsExactly(newest.id(), middle.id());
        assertThat(rest).extracting(DeadLetter::id).containsExactly(oldest.id());
        assertThat(first.getFirst()).satisfies(letter -> {
            assertThat(letter.type()).isEqualTo("order.created");
            assertThat(letter.subjectId()).isEqualTo(hook.id().value());
            assertThat(letter.deadAt()).isEqualTo(minutesAfterNoon(3));
            assertThat(letter.lastError()).contains("answered 503");
        });
        assertThat(letters.page(DeadLetters.Queue.EMAILS, ours, Optional.empty(), 10)).isEmpty();
    }

    @Test
    void aRequeuedDelivery_isPendingAgain_withAFreshBudget_andItsHistoryKept() {
        RestaurantId ours = new RestaurantId(UUID.randomUUID());
        Webhook hook = subscribed(ours);
        WebhookDelivery dead = deadAt(hook, minutesAfterNoon(1));
        var letters = database().deadLetters();
        Instant later = minutesAfterNoon(60 * 72);

        assertThat(letters.requeue(DeadLetters.Queue.WEBHOOK_DELIVERIES, new RestaurantId(UUID.randomUUID()),
                dead.id(), later)).as("another restaurant's").isEqualTo(DeadLetters.Requeued.UNKNOWN);
        assertThat(letters.requeue(DeadLetters.Queue.EMAILS, ours, dead.id(), later))
                .as("not an email").isEqualTo(DeadLetters.Requeued.UNKNOWN);
        assertThat(letters.requeue(DeadLetters.Queue.WEBHOOK_DELIVERIES, ours, dead.id(), later))
                .isEqualTo(DeadLetters.Requeued.REQUEUED);
        assertThat(letters.requeue(DeadLetters.Queue.WEBHOOK_DELIVERIES, ours, dead.id(), later))
                .as("pending now").isEqualTo(DeadLetters.Requeued.NOT_DEAD);

        assertThat(letters.page(DeadLetters.Queue.WEBHOOK_DELIVERIES, ours, Optional.empty(), 10)).isEmpty();
        Leased<WebhookDelivery> again = claimed(later, hook).getFirst();
        assertThat(again.message().attempts()).as("counted from nought again").isEqualTo(1);
        assertThat(again.message().requeuedAt()).contains(later);
        assertThat(again.message().attemptsSince()).isEqualTo(later);
        assertThat(again.message().createdAt()).as("still when it was written").isEqualTo(NOON);
        assertThat(webhooks().delivered(again, attempt(again, later, Optional.of(204), Optional.empty()))).isTrue();
        assertThat(webhooks().attempts(hook.id(), 10)).extracting(DeliveryAttempt::attempt, DeliveryAttempt::statusCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Optional.of(204)),
                        org.assertj.core.groups.Tuple.tuple(1, Optional.of(503)));
    }

    @Test
    void aDeadDelivery_isNeverClaimedAgain() {
        Webhook hook = subscribed(new RestaurantId(UUID.randomUUID()));
        enqueued(hook, NOON);
        Leased<WebhookDelivery> claim = claimed(NOON, hook).getFirst();

        assertThat(webhooks().dead(claim, attempt(claim, NOON, Optional.empty(), Optional.of("connection refused"))))
                .isTrue();
        assertThat(claimed(minutesAfterNoon(24 * 60), hook)).isEmpty();
        assertThat(webhooks().deliveries(hook.id())).singleElement()
                .satisfies(dead -> assertThat(dead.status()).isEqualTo(Status.DEAD));
        assertThat(webhooks().attempts(hook.id(), 10)).singleElement()
                .satisfies(tried -> assertThat(tried.error()).contains("connection refused"));
    }

    @Test
    void concurrentClaimers_neverGetTheSameDelivery() throws Exception {
        Webhook hook = subscribed(new RestaurantId(UUID.randomUUID()));
        Instant now = minutesAfterNoon(10_000);
        Set<UUID> ours = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            ours.add(enqueued(hook, NOON).id());
        }

        List<List<UUID>> perClaimer = Concurrently.run(6, () -> {
            List<UUID> got = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Leased<WebhookDelivery> claim : webhooks().claimDue(now, LEASE, 3)) {
                    got.add(claim.message().id());
                }
            }
            return got;
        });

        List<UUID> all = perClaimer.stream().flatMap(List::stream).filter(ours::contains).toList();
        assertThat(all).as("each delivery claimed exactly once").doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(ours);
    }
}
