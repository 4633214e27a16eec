package dev.chit.adapters.web.menu;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.menu.ChangeItemSupply;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;

/**
 * {@code PATCH /restaurants/{restaurantId}/menu/items/{itemId}}: staff sell an item out (until a
 * time or until they say so), bring it back, or count its portions. Answers 204: the menu, read
 * again, shows the change.
 */
public final class ItemSupplyService implements HttpService {

    private static final String ITEM = "/restaurants/{restaurantId}/menu/items/{itemId}";

    private final ChangeItemSupply changeItemSupply;
    private final Json json;
    private final Clock clock;

    public ItemSupplyService(ChangeItemSupply changeItemSupply, Json json, Clock clock) {
        this.changeItemSupply = changeItemSupply;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.patch(ITEM, this::change)
                .any(ITEM, MethodNotAllowed.allowing(Method.PATCH));
    }

    private void change(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        var itemId = new MenuItemId(PathIds.uuid(req, "itemId", "menu item"));
        byte[] body = JsonBody.readMergePatch(req);
        var change = json.read(body, ItemSupplyJson.class).toChange(json.tree(body), clock.instant());
        changeItemSupply.change(caller, restaurantId, itemId, change);
        res.status(Status.NO_CONTENT_204).send();
    }
}
