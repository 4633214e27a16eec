package dev.chit.application.webhooks;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.WebhookDestinations;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookId;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * A restaurant's webhooks, for its managers (and admins): subscribe, list, remove, and see the
 * attempts at their deliveries. A URL the server may not call is refused here (422), and again
 * at every delivery, since what a name resolves to can change.
 */
public final class ManageWebhooks {

    static final int ATTEMPTS_SHOWN = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Restaurants restaurants;
    private final Webhooks webhooks;
    private final WebhookDestinations destinations;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageWebhooks(Restaurants restaurants, Webhooks webhooks, WebhookDestinations destinations,
                          Transactions transactions, IdGenerator ids, Clock clock) {
        this.restaurants = restaurants;
        this.webhooks = webhooks;
        this.destinations = destinations;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** @return the webhook with its secret: the only time a generated secret is shown */
    public Webhook subscribe(Caller caller, RestaurantId restaurantId, NewWebhook hook) {
        caller.requireManagerOf(restaurantId);
        requireRestaurant(restaurantId);
        String scheme = hook.url().getScheme();
        if (!hook.url().isAbsolute() || hook.url().getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new InvalidInput("url", "invalid", "must be an absolute http or https URL");
        }
        if (hook.events().isEmpty()) {
            throw new InvalidInput("events", "required", "must name at least one event");
        }
        destinations.refusal(hook.url()).ifPresent(why -> {
            throw new InvalidInput("url", "not_allowed", why);
        });
        var webhook = new Webhook(new WebhookId(ids.next()), restaurantId, hook.url(), hook.events(),
                hook.secret().orElseGet(ManageWebhooks::newSecret), clock.instant());
        transactions.inTransaction(() -> {
            webhooks.add(webhook);
            return webhook;
        });
        return webhook;
    }

    public List<Webhook> of(Caller caller, RestaurantId restaurantId) {
        caller.requireManagerOf(restaurantId);
        requireRestaurant(restaurantId);
        return webhooks.of(restaurantId);
    }

    public void remove(Caller caller, RestaurantId restaurantId, WebhookId id) {
        caller.requireManagerOf(restaurantId);
        require(restaurantId, id);
        transactions.inTransaction(() -> webhooks.remove(id));
    }

    /** The latest attempts at the webhook's deliveries, newest first. */
    public List<DeliveryAttempt> attempts(Caller caller, RestaurantId restaurantId, WebhookId id) {
        caller.requireManagerOf(restaurantId);
        require(restaurantId, id);
        return webhooks.attempts(id, ATTEMPTS_SHOWN);
    }

    private void requireRestaurant(RestaurantId restaurantId) {
        restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }

    private Webhook require(RestaurantId restaurantId, WebhookId id) {
        return webhooks.find(id).filter(hook -> hook.restaurantId().equals(restaurantId))
                .orElseThrow(() -> new NotFound("webhook", id));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
