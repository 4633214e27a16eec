package dev.chit.adapters.web.undelivered;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PageParameters;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.TimeCursors;
import dev.chit.application.delivery.RetryUndelivered;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.port.DeadLetters.Queue;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * What a restaurant's queues gave up on, for its managers: {@code GET .../undelivered-emails} and
 * {@code .../undelivered-webhooks} (keyset pages, newest first), and {@code POST
 * .../{id}/retry} to send one again (202: it is back in the queue, not yet sent).
 */
public final class UndeliveredService implements HttpService {

    private static final String EMAILS = "/restaurants/{restaurantId}/undelivered-emails";
    private static final String WEBHOOKS = "/restaurants/{restaurantId}/undelivered-webhooks";
    private static final String RETRY = "/{id}/retry";

    private final RetryUndelivered retryUndelivered;
    private final Json json;

    public UndeliveredService(RetryUndelivered retryUndelivered, Json json) {
        this.retryUndelivered = retryUndelivered;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(EMAILS, (req, res) -> list(req, res, Queue.EMAILS))
                .any(EMAILS, MethodNotAllowed.allowing(Method.GET))
                .post(EMAILS + RETRY, (req, res) -> retry(req, res, Queue.EMAILS))
                .any(EMAILS + RETRY, MethodNotAllowed.allowing(Method.POST))
                .get(WEBHOOKS, (req, res) -> list(req, res, Queue.WEBHOOK_DELIVERIES))
                .any(WEBHOOKS, MethodNotAllowed.allowing(Method.GET))
                .post(WEBHOOKS + RETRY, (req, res) -> retry(req, res, Queue.WEBHOOK_DELIVERIES))
                .any(WEBHOOKS + RETRY, MethodNotAllowed.allowing(Method.POST));
    }

    private void list(ServerRequest req, ServerResponse res, Queue queue) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        int limit = PageParameters.limit(req, RetryUndelivered.DEFAULT_LIMIT, RetryUndelivered.MAX_LIMIT);
        Optional<DeadLetter.Cursor> after = PageParameters.cursor(req).map(TimeCursors::decode)
                .map(cursor -> new DeadLetter.Cursor(cursor.at(), cursor.id()));
        RetryUndelivered.Page page = retryUndelivered.list(caller, restaurantId, queue, after, limit);
        String next = page.next().map(cursor -> TimeCursors.encode(cursor.deadAt(), cursor.id())).orElse(null);
        JsonResponses.send(res, Status.OK_200, json.write(new UndeliveredJson.PageJson(
                page.items().stream().map(UndeliveredJson::of).toList(), next)));
    }

    // No body: what is sent again is what was written when it happened.
    private void retry(ServerRequest req, ServerResponse res, Queue queue) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        var id = PathIds.uuid(req, "id", queue == Queue.EMAILS ? "email" : "webhook delivery");
        retryUndelivered.retry(caller, restaurantId, queue, id);
        JsonResponses.send(res, Status.ACCEPTED_202, json.write(new UndeliveredJson.RetriedJson(id, "PENDING")));
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }
}
