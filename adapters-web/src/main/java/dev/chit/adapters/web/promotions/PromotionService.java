package dev.chit.adapters.web.promotions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.promotions.ManagePromotions;
import dev.chit.domain.promotion.PromotionId;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET|POST /restaurants/{restaurantId}/promotions} and {@code PATCH|DELETE
 * .../promotions/{promotionId}} (the restaurant's managers): its promo codes with their redemptions.
 */
public final class PromotionService implements HttpService {

    private static final String PROMOTIONS = "/restaurants/{restaurantId}/promotions";
    private static final String PROMOTION = PROMOTIONS + "/{promotionId}";

    private final ManagePromotions manage;
    private final Json json;

    public PromotionService(ManagePromotions manage, Json json) {
        this.manage = manage;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PROMOTIONS, this::list)
                .post(PROMOTIONS, this::create)
                .any(PROMOTIONS, MethodNotAllowed.allowing(Method.GET, Method.POST))
                .patch(PROMOTION, this::change)
                .delete(PROMOTION, this::delete)
                .any(PROMOTION, MethodNotAllowed.allowing(Method.PATCH, Method.DELETE));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var items = manage.list(Callers.require(req), restaurantId(req)).stream().map(PromotionJson::of).toList();
        JsonResponses.send(res, Status.OK_200, json.write(new PromotionJson.PageJson(items)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        var terms = PromotionBody.created(json.read(JsonBody.read(req), JsonNode.class));
        var created = manage.create(caller, restaurantId, terms);
        JsonResponses.send(res, Status.CREATED_201, json.write(PromotionJson.of(created)));
    }

    private void change(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        PromotionId id = promotionId(req);
        JsonNode body = json.read(JsonBody.readMergePatch(req), JsonNode.class);
        var changed = manage.change(caller, restaurantId, id, current -> PromotionBody.patched(body, current));
        JsonResponses.send(res, Status.OK_200, json.write(PromotionJson.of(changed)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        manage.delete(Callers.require(req), restaurantId(req), promotionId(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }

    private static PromotionId promotionId(ServerRequest req) {
        return new PromotionId(PathIds.uuid(req, "promotionId", "promotion"));
    }
}
