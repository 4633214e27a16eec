package dev.chit.application.testing;

import dev.chit.domain.port.Webhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookDelivery.Claimed;
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
import java.util.UUID;

/** The webhooks as the port describes them, in memory, taking part in transactions. */
public final class InMemoryWebhooks implements Webhooks, Snapshotting {

    private Map<WebhookId, Webhook> hooks = new LinkedHashMap<>();
    private Map<UUID, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private Map<UUID, UUID> claims = new LinkedHashMap<>();
    private List<DeliveryAttempt> attempts = new ArrayList<>();

    private record State(Map<WebhookId, Webhook> hooks, Map<UUID, WebhookDelivery> deliveries,
                         Map<UUID, UUID> claims, List<DeliveryAttempt> attempts) {
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
        var gone = deliveries.values().stream().filter(d -> d.webhookId().equals(id)).map(WebhookDelivery::id).toList();
        gone.forEach(deliveries::remove);
        attempts.removeIf(attempt -> gone.contains(attempt.deliveryId()));
        return hooks.remove(id) != null;
    }

    @Override
    public void enqueue(WebhookDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    @Override
    public List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        UUID claim = UUID.randomUUID();
        List<Claimed> claimed = new ArrayList<>();
        deliveries.values().stream()
                .filter(d -> d.status() == Status.PENDING && !d.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(WebhookDelivery::nextAttemptAt).thenComparing(WebhookDelivery::id))
                .limit(limit)
                .toList()
                .forEach(d -> {
                    var taken = new WebhookDelivery(d.id(), d.webhookId(), d.type(), d.body(), d.status(),
                            d.attempts() + 1, d.createdAt(), now.plus(lease));
                    deliveries.put(d.id(), taken);
                    claims.put(d.id(), claim);
                    claimed.add(new Claimed(taken, claim));
                });
        return claimed;
    }

    @Override
    public boolean delivered(Claimed claimed, DeliveryAttempt attempt) {
        return outcome(claimed, attempt, Status.DELIVERED, claimed.delivery().nextAttemptAt());
    }

    @Override
    public boolean retryAt(Claimed claimed, DeliveryAttempt attempt, Instant nextAttemptAt) {
        return outcome(claimed, attempt, Status.PENDING, nextAttemptAt);
    }

    @Override
    public boolean dead(Claimed claimed, DeliveryAttempt attempt) {
        return outcome(claimed, attempt, Status.DEAD, claimed.delivery().nextAttemptAt());
    }

    private boolean outcome(Claimed claimed, DeliveryAttempt attempt, Status status, Instant next) {
        WebhookDelivery current = deliveries.get(claimed.delivery().id());
        if (current == null || current.status() != Status.PENDING
                || !claimed.claim().equals(claims.get(current.id()))) {
            return false;
        }
        deliveries.put(current.id(), new WebhookDelivery(current.id(), current.webhookId(), current.type(),
                current.body(), status, current.attempts(), current.createdAt(), next));
        attempts.add(attempt);
        return true;
    }

    @Override
    public List<DeliveryAttempt> attempts(WebhookId id, int limit) {
        var ours = deliveries.values().stream().filter(d -> d.webhookId().equals(id)).map(WebhookDelivery::id).toList();
        return attempts.stream().filter(attempt -> ours.contains(attempt.deliveryId()))
                .sorted(Comparator.comparing(DeliveryAttempt::at).thenComparing(DeliveryAttempt::attempt).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<WebhookDelivery> deliveries(WebhookId id) {
        return deliveries.values().stream().filter(d -> d.webhookId().equals(id)).toList();
    }

    @Override
    public Object snapshot() {
        return new State(new LinkedHashMap<>(hooks), new LinkedHashMap<>(deliveries), new LinkedHashMap<>(claims),
                new ArrayList<>(attempts));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        hooks = new LinkedHashMap<>(state.hooks());
        deliveries = new LinkedHashMap<>(state.deliveries());
        claims = new LinkedHashMap<>(state.claims());
        attempts = new ArrayList<>(state.attempts());
    }
}
