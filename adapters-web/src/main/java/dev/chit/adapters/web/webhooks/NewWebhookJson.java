package dev.chit.adapters.web.webhooks;

import dev.chit.adapters.web.support.Violations;
import dev.chit.application.webhooks.NewWebhook;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookEventType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code {"url","events":["order.created","order.updated"],"secret"?}}. */
record NewWebhookJson(String url, List<String> events, String secret) {

    @Override
    public String toString() {
        return "NewWebhookJson[url=" + url + ", events=" + events + ", secret=" + (secret == null ? "none" : "***") + "]";
    }

    /** @throws dev.chit.domain.error.InvalidInput listing every missing or invalid field */
    NewWebhook toCommand() {
        Violations violations = new Violations();
        Optional<URI> checkedUrl = violations.required(url, "url").flatMap(text -> {
            if (text.length() > Webhook.MAX_URL_LENGTH) {
                violations.add("url", "too-long", "must be at most " + Webhook.MAX_URL_LENGTH + " characters");
                return Optional.empty();
            }
            try {
                return Optional.of(new URI(text));
            } catch (URISyntaxException e) {
                violations.add("url", "invalid", "must be an absolute http or https URL");
                return Optional.empty();
            }
        });
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        if (events == null || events.isEmpty()) {
            violations.add("events", "required", "must name at least one of order.created, order.updated");
        } else {
            for (String name : events) {
                WebhookEventType.fromWireName(name).ifPresentOrElse(types::add, () -> violations.add("events",
                        "invalid", "unknown event " + name + "; use order.created or order.updated"));
            }
        }
        if (secret != null && (secret.length() < 8 || secret.length() > 200)) {
            violations.add("secret", "invalid", "must be 8 to 200 characters");
        }
        violations.throwIfAny();
        return new NewWebhook(checkedUrl.orElseThrow(), types, Optional.ofNullable(secret));
    }
}
