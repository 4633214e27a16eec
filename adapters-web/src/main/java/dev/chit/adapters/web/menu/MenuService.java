package dev.chit.adapters.web.menu;

import dev.chit.adapters.web.apps.GuestPayments;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.menu.MenuDraft;
import dev.chit.application.menu.ReplaceMenu;
import dev.chit.application.menu.ShowMenu;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /restaurants/{restaurantId}/menu}: public, what a guest orders from.
 * {@code PUT} of the same: a manager replaces the menu, in the shape the GET answers with.
 */
public final class MenuService implements HttpService {

    private static final String MENU = "/restaurants/{restaurantId}/menu";

    private final ShowMenu showMenu;
    private final ReplaceMenu replaceMenu;
    private final GuestPayments payments;
    private final Json json;

    public MenuService(ShowMenu showMenu, ReplaceMenu replaceMenu, GuestPayments payments, Json json) {
        this.showMenu = showMenu;
        this.replaceMenu = replaceMenu;
        this.payments = payments;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(MENU, this::menu)
                .put(MENU, this::replace)
                .any(MENU, MethodNotAllowed.allowing(Method.GET, Method.PUT));
    }

    private void menu(ServerRequest req, ServerResponse res) {
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        JsonResponses.send(res, Status.OK_200, json.write(MenuJson.of(showMenu.of(restaurantId), payments)));
    }

    /** Answers with the menu as stored, ids and all, as the next GET would. */
    private void replace(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        Violations violations = new Violations();
        MenuDraft draft = json.read(JsonBody.read(req), MenuDraftJson.class).toDraft(violations);
        violations.throwIfAny();
        replaceMenu.replace(caller, restaurantId, draft);
        JsonResponses.send(res, Status.OK_200, json.write(MenuJson.of(showMenu.of(restaurantId), payments)));
    }
}
