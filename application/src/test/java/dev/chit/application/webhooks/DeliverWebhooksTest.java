package dev.chit.application.webhooks;

import dev.chit.application.delivery.RetryPolicy;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.application.testing.InMemoryWebhooks;
import dev.chit.domain.port.WebhookSender;
import dev.chit.domain.port.WebhookSender.Outcome;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class DeliverWebhooksTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    private final List<UUID> posted = new ArrayList<>();
    private Outcome answer = Outcome.answered(500);
    private final WebhookSender sender = (hook, delivery) -> {
        posted.add(delivery.id());
        return answer;
    };
    private final DeliverWebhooks job = new DeliverWebhooks(webhooks, sender, new InMemoryTransactions(webhooks),
            chit.clock, RetryPolicy.standard());
    private final Webhook hook = new Webhook(new WebhookId(UUID.randomUUID()), RESTAURANT_ID,
            URI.create("https://example.com/h"), Set.of(WebhookEventType.ORDER_CREATED), "whsec_x", START);
    private final WebhookDelivery delivery =
            WebhookDelivery.pending(UUID.randomUUID(), hook.id(), WebhookEventType.ORDER_CREATED, "{}", START);

    DeliverWebhooksTest() {
        webhooks.add(hook);
        webhooks.enqueue(delivery);
    }

    private int runAt(Instant at) {
        chit.clock.set(at);
        return job.deliverDue();
    }

    @Test
    void a2xx_deliversIt_andRecordsTheAttempt() {
        answer = Outcome.answered(202);

        assertThat(runAt(START)).isEqualTo(1);
        assertThat(runAt(START.plus(Duration.ofHours(2)))).isZero();
        assertThat(webhooks.deliveries(hook.id())).singleElement()
                .satisfies(done -> assertThat(done.status()).isEqualTo(WebhookDelivery.Status.DELIVERED));
        assertThat(webhooks.attempts(hook.id(), 10)).singleElement().satisfies(attempt -> {
            assertThat(attempt.attempt()).isEqualTo(1);
            assertThat(attempt.statusCode()).contains(202);
            assertThat(attempt.error()).isEmpty();
        });
    }

    @Test
    void stoppedWhileDelivering_finishesTheOneInHand_andGivesTheOthersBackUntried() {
        webhooks.enqueue(WebhookDelivery.pending(UUID.randomUUID(), hook.id(), WebhookEventType.ORDER_CREATED, "{}",
                START));
        webhooks.enqueue(WebhookDelivery.pending(UUID.randomUUID(), hook.id(), WebhookEventType.ORDER_CREATED, "{}",
                START));
        AtomicReference<DeliverWebhooks> stopping = new AtomicReference<>();
        stopping.set(new DeliverWebhooks(webhooks, (target, sent) -> {
            posted.add(sent.id());
            // The server is told to stop while this one is on its way.
            stopping.get().stop();
            return Outcome.answered(200);
        }, new InMemoryTransactions(webhooks), chit.clock, RetryPolicy.standard()));

        assertThat(stopping.get().deliverDue()).isEqualTo(1);

        assertThat(posted).hasSize(1);
        assertThat(webhooks.deliveries(hook.id())).filteredOn(d -> !d.id().equals(posted.getFirst()))
                .hasSize(2)
                .allSatisfy(back -> {
                    assertThat(back.status()).isEqualTo(WebhookDelivery.Status.PENDING);
                    assertThat(back.attempts()).as("the claim is not counted").isZero();
                    assertThat(back.nextAttemptAt()).as("due at once, for another server").isEqualTo(START);
                });
        answer = Outcome.answered(200);
        assertThat(job.deliverDue()).as("another server sends them at once").isEqualTo(2);
        assertThat(posted).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void failures_areRetriedAfter10_20_40Seconds_withTheSameId() {
        Instant at = START;
        runAt(at);
        for (long wait : new long[] {10, 20, 40, 80}) {
            assertThat(runAt(at.plusSeconds(wait - 1))).as("not before %d s", wait).isZero();
            int before = posted.size();
            at = at.plusSeconds(wait);
            runAt(at);
            assertThat(posted).hasSize(before + 1);
        }
        assertThat(posted).containsOnly(delivery.id());
        assertThat(webhooks.attempts(hook.id(), 10)).extracting(DeliveryAttempt::attempt).containsExactly(5, 4, 3, 2, 1);
        assertThat(webhooks.attempts(hook.id(), 10).getFirst().error()).contains("answered 500");
    }

    @Test
    void theWaitDoubles_toAtMostAnHour() {
        var policy = RetryPolicy.standard();
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.backoffAfter(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDeliverySentBackToTheQueue_countsItsDayOfRetriesFromThen() {
        answer = Outcome.failed("ConnectException: refused");
        Instant requeued = START.plus(Duration.ofHours(30));
        var sentBack = new WebhookDelivery(UUID.randomUUID(), hook.id(), WebhookEventType.ORDER_CREATED, "{}",
                WebhookDelivery.Status.PENDING, 0, START, requeued, Optional.of(requeued));
        webhooks.enqueue(sentBack);
        runAt(START);
        runAt(START.plus(Duration.ofHours(24)));

        runAt(requeued);
        runAt(requeued.plus(Duration.ofHours(23)));

        assertThat(webhooks.deliveries(hook.id())).filteredOn(d -> d.id().equals(sentBack.id())).singleElement()
                .satisfies(d -> assertThat(d.status()).as("its day of retries counts from when it was sent back")
                        .isEqualTo(WebhookDelivery.Status.PENDING));
        runAt(requeued.plus(Duration.ofHours(24)));
        assertThat(webhooks.deliveries(hook.id())).filteredOn(d -> d.id().equals(sentBack.id())).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(WebhookDelivery.Status.DEAD));
    }

    @Test
    void theFirstFailureAfter24Hours_makesItDead() {
        answer = Outcome.failed("ConnectException: refused");
        runAt(START);
        runAt(START.plus(Duration.ofHours(23)));
        assertThat(webhooks.deliveries(hook.id()).getFirst().status()).isEqualTo(WebhookDelivery.Status.PENDING);

        runAt(START.plus(Duration.ofHours(24)));

        assertThat(webhooks.deliveries(hook.id()).getFirst().status()).isEqualTo(WebhookDelivery.Status.DEAD);
        int sent = posted.size();
        runAt(START.plus(Duration.ofHours(48)));
        assertThat(posted).hasSize(sent);
        assertThat(webhooks.attempts(hook.id(), 10).getFirst().error()).contains("ConnectException: refused");
        assertThat(webhooks.attempts(hook.id(), 10).getFirst().statusCode()).isEqualTo(Optional.empty());
    }
}
