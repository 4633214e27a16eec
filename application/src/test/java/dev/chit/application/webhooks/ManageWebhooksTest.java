package dev.chit.application.webhooks;

import dev.chit.application.access.NotPermitted;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.application.testing.InMemoryWebhooks;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.application.testing.People.managerOf;
import static dev.chit.application.testing.People.staffOf;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageWebhooksTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    private final ManageWebhooks manage = new ManageWebhooks(chit.restaurants, webhooks,
            url -> url.getHost().startsWith("10.") ? Optional.of("private") : Optional.empty(),
            new InMemoryTransactions(webhooks), chit.ids, chit.clock);

    ManageWebhooksTest() {
        chit.restaurants.add(aRestaurant().build());
    }

    private static NewWebhook to(String url, Optional<String> secret) {
        return new NewWebhook(URI.create(url), Set.of(WebhookEventType.ORDER_CREATED), secret);
    }

    @Test
    void aManager_subscribes_withAGeneratedSecret_andListsIt() {
        var hook = manage.subscribe(managerOf(RESTAURANT_ID), RESTAURANT_ID, to("https://example.com/h", Optional.empty()));

        assertThat(hook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(manage.of(managerOf(RESTAURANT_ID), RESTAURANT_ID)).containsExactly(hook);
        assertThat(manage.subscribe(managerOf(RESTAURANT_ID), RESTAURANT_ID,
                to("https://example.com/h", Optional.of("mine"))).secret()).isEqualTo("mine");
    }

    @Test
    void aRefusedAddress_orABadUrl_isInvalidInput() {
        assertThatThrownBy(() -> manage.subscribe(managerOf(RESTAURANT_ID), RESTAURANT_ID,
                to("http://10.0.0.1/h", Optional.empty()))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> manage.subscribe(managerOf(RESTAURANT_ID), RESTAURANT_ID,
                to("ftp://example.com/h", Optional.empty()))).isInstanceOf(InvalidInput.class);
        assertThat(webhooks.of(RESTAURANT_ID)).isEmpty();
    }

    @Test
    void staff_mayNotManageWebhooks_andAnotherRestaurantsWebhookIsNotFound() {
        assertThatThrownBy(() -> manage.of(staffOf(RESTAURANT_ID), RESTAURANT_ID)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> manage.remove(managerOf(RESTAURANT_ID), RESTAURANT_ID,
                new WebhookId(UUID.randomUUID()))).isInstanceOf(NotFound.class);
    }

    @Test
    void removing_makesItGone() {
        var hook = manage.subscribe(managerOf(RESTAURANT_ID), RESTAURANT_ID, to("https://example.com/h", Optional.empty()));

        manage.remove(managerOf(RESTAURANT_ID), RESTAURANT_ID, hook.id());

        assertThat(manage.of(managerOf(RESTAURANT_ID), RESTAURANT_ID)).isEmpty();
    }
}
