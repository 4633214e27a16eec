package dev.chit.adapters.web.menu;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.menu.ShowMenu;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /restaurants/{restaurantId}/menu}: public, what a guest orders from. */
public final class MenuService implements HttpService {

    private static final String MENU = "/restaurants/{restaurantId}/menu";

    private final ShowMenu showMenu;
    private final Json json;

    public MenuService(ShowMenu showMenu, Json json) {
        this.showMenu = showMenu;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(MENU, this::menu)
                .any(MENU, MethodNotAllowed.allowing(Method.GET));
    }

    private void menu(ServerRequest req, ServerResponse res) {
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        JsonResponses.send(res, Status.OK_200, json.write(MenuJson.of(showMenu.of(restaurantId))));
    }
}
