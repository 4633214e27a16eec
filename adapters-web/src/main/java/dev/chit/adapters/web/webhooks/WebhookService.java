package dev.chit.adapters.web.webhooks;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.webhooks.ManageWebhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.WebhookId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * A restaurant's webhooks, for its managers and admins: {@code GET} and {@code POST
 * /restaurants/{id}/webhooks}, {@code DELETE .../webhooks/{webhookId}}, and {@code GET
 * .../webhooks/{webhookId}/deliveries} (the attempts, newest first). A URL the server may not
 * call is a 422.
 */
public final class WebhookService implements HttpService {

    private static final String WEBHOOKS = "/restaurants/{restaurantId}/webhooks";
    private static final String WEBHOOK = WEBHOOKS + "/{webhookId}";
    private static final String DELIVERIES = WEBHOOK + "/deliveries";

    private final ManageWebhooks manage;
    private final Json json;

    public WebhookService(ManageWebhooks manage, Json json) {
        this.manage = manage;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(WEBHOOKS, this::list)
                .post(WEBHOOKS, this::subscribe)
                .any(WEBHOOKS, MethodNotAllowed.allowing(Method.GET, Method.POST))
                .delete(WEBHOOK, this::remove)
                .any(WEBHOOK, MethodNotAllowed.allowing(Method.DELETE))
                .get(DELIVERIES, this::deliveries)
                .any(DELIVERIES, MethodNotAllowed.allowing(Method.GET));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var hooks = manage.of(caller, restaurantId(req)).stream().map(WebhookJson::listed).toList();
        JsonResponses.send(res, Status.OK_200, json.write(new WebhookJson.PageJson(hooks)));
    }

    private void subscribe(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        var hook = json.read(JsonBody.read(req), NewWebhookJson.class).toCommand();
        JsonResponses.send(res, Status.CREATED_201,
                json.write(WebhookJson.created(manage.subscribe(caller, restaurantId, hook))));
    }

    private void remove(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        manage.remove(caller, restaurantId(req), webhookId(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void deliveries(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var attempts = manage.attempts(caller, restaurantId(req), webhookId(req)).stream()
                .map(WebhookJson.AttemptJson::of).toList();
        JsonResponses.send(res, Status.OK_200, json.write(new WebhookJson.AttemptsJson(attempts)));
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }

    private static WebhookId webhookId(ServerRequest req) {
        return new WebhookId(PathIds.uuid(req, "webhookId", "webhook"));
    }
}
