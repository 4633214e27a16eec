package dev.chit.application.testing;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookDelivery.Status;
import dev.chit.domain.webhook.WebhookId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhooks as the port describes them, in memory, taking part in transactions. */
public final class InMemoryWebhooks implements Webhooks, Snapshotting {

    private static final InMemoryQueue.Rows<WebhookDelivery> ROWS = new InMemoryQueue.Rows<>() {
        @Override
        public boolean pending(WebhookDelivery d) {
            return d.status() == Status.PENDING;
        }

        @Override
        public Instant nextAttemptAt(WebhookDelivery d) {
            return d.nextAttemptAt();
        }

        @Override
        public WebhookDelivery claimed(WebhookDelivery d, Instant until) {
            return with(d, d.status(), d.attempts() + 1, until);
        }

        @Override
        public WebhookDelivery delivered(WebhookDelivery d, Attempt attempt) {
            return with(d, Status.DELIVERED, d.attempts(), d.nextAttemptAt());
        }

        @Override
        public WebhookDelivery retried(WebhookDelivery d, Attempt attempt, Instant nextAttemptAt) {
            return with(d, d.status(), d.attempts(), nextAttemptAt);
        }

        @Override
        public WebhookDelivery dead(WebhookDelivery d, Attempt attempt) {
            return with(d, Status.DEAD, d.attempts(), d.nextAttemptAt());
        }

        private static WebhookDelivery with(WebhookDelivery d, Status status, int attempts, Instant next) {
            return new WebhookDelivery(d.id(), d.webhookId(), d.type(), d.body(), status, attempts, d.createdAt(),
                    next, d.requeuedAt());
        }
    };

    private final InMemoryQueue<WebhookDelivery> queue = new InMemoryQueue<>(ROWS);
    private Map<WebhookId, Webhook> hooks = new LinkedHashMap<>();
    private List<DeliveryAttempt> attempts = new ArrayList<>();

    private record State(Map<WebhookId, Webhook> hooks, Object queue, List<DeliveryAttempt> attempts) {
    }

    @Override
    public void add(Webhook webhook) {
        hooks.put(webhook.id(), webhook);
    }

    @Override
    public List<Webhook> of(RestaurantId restaurantId) {
        return hooks.values().stream().filter(hook -> hook.restaurantId().equals(restaurantId)).toList();
    }

    @Override
    public Optional<Webhook> find(WebhookId id) {
        return Optional.ofNullable(hooks.get(id));
    }

    @Override
    public boolean remove(WebhookId id) {
        var gone = deliveries(id).stream().map(WebhookDelivery::id).toList();
        queue.removeIf(d -> d.webhookId().equals(id));
        attempts.removeIf(attempt -> gone.contains(attempt.deliveryId()));
        return hooks.remove(id) != null;
    }

    @Override
    public void enqueue(WebhookDelivery delivery) {
        queue.enqueue(delivery);
    }

    @Override
    public List<Leased<WebhookDelivery>> claimDue(Instant now, Duration lease, int limit) {
        return queue.claimDue(now, lease, limit);
    }

    @Override
    public boolean delivered(Leased<WebhookDelivery> leased, Attempt attempt) {
        return recorded(leased, attempt, queue.delivered(leased, attempt));
    }

    @Override
    public boolean retryAt(Leased<WebhookDelivery> leased, Attempt attempt, Instant nextAttemptAt) {
        return recorded(leased, attempt, queue.retryAt(leased, attempt, nextAttemptAt));
    }

    @Override
    public boolean dead(Leased<WebhookDelivery> leased, Attempt attempt) {
        return recorded(leased, attempt, queue.dead(leased, attempt));
    }

    @Override
    public boolean release(Leased<WebhookDelivery> leased, Instant now) {
        return queue.release(leased, now);
    }

    private boolean recorded(Leased<WebhookDelivery> leased, Attempt attempt, boolean ours) {
        if (ours) {
            attempts.add(DeliveryAttempt.of(leased.message(), attempt));
        }
        return ours;
    }

    @Override
    public List<DeliveryAttempt> attempts(WebhookId id, int limit) {
        var ours = deliveries(id).stream().map(WebhookDelivery::id).toList();
        return attempts.stream().filter(attempt -> ours.contains(attempt.deliveryId()))
                .sorted(Comparator.comparing(DeliveryAttempt::at).thenComparing(DeliveryAttempt::attempt).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<WebhookDelivery> deliveries(WebhookId id) {
        return queue.all().filter(d -> d.webhookId().equals(id)).toList();
    }

    @Override
    public Object snapshot() {
        return new State(new LinkedHashMap<>(hooks), queue.snapshot(), new ArrayList<>(attempts));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        hooks = new LinkedHashMap<>(state.hooks());
        queue.restore(state.queue());
        attempts = new ArrayList<>(state.attempts());
    }
}
