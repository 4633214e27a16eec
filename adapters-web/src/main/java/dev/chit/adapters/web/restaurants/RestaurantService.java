package dev.chit.adapters.web.restaurants;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.adapters.web.support.IfMatch;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.NameCursors;
import dev.chit.adapters.web.support.PageParameters;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.access.Caller;
import dev.chit.application.restaurants.ChangeSettings;
import dev.chit.application.restaurants.OpenRestaurant;
import dev.chit.application.restaurants.SettingsChange;
import dev.chit.application.restaurants.ShowRestaurants;
import dev.chit.domain.port.RestaurantQuery;
import dev.chit.domain.port.RestaurantQuery.RestaurantCursor;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.VersionedRestaurant;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * Restaurants and their settings, for those who run them: {@code GET /restaurants} (those the
 * caller may see; without credentials the public directory), {@code POST /restaurants} (admins), {@code GET /restaurants/{id}} (its staff)
 * and {@code PATCH /restaurants/{id}/settings} (its managers; with {@code If-Match}, only on the
 * version the manager saw, as the ETag of the restaurant said).
 */
public final class RestaurantService implements HttpService {

    private static final String RESTAURANTS = "/restaurants";
    private static final String RESTAURANT = "/restaurants/{restaurantId}";
    private static final String SETTINGS = "/restaurants/{restaurantId}/settings";

    private final ShowRestaurants showRestaurants;
    private final OpenRestaurant openRestaurant;
    private final ChangeSettings changeSettings;
    private final Json json;

    public RestaurantService(ShowRestaurants showRestaurants, OpenRestaurant openRestaurant,
                             ChangeSettings changeSettings, Json json) {
        this.showRestaurants = showRestaurants;
        this.openRestaurant = openRestaurant;
        this.changeSettings = changeSettings;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(RESTAURANTS, this::list)
                .post(RESTAURANTS, this::open)
                .any(RESTAURANTS, MethodNotAllowed.allowing(Method.GET, Method.POST))
                .get(RESTAURANT, this::show)
                .any(RESTAURANT, MethodNotAllowed.allowing(Method.GET))
                .patch(SETTINGS, this::changeSettings)
                .any(SETTINGS, MethodNotAllowed.allowing(Method.PATCH));
    }

    // Signed in: what the caller may see, every setting. Without credentials (a stale cookie
    // counts as none, as on every route open to guests): the public directory. A bearer token
    // that does not count is still a 401, so that an integrator hears of it.
    private void list(ServerRequest req, ServerResponse res) {
        int limit = PageParameters.limit(req, RestaurantQuery.DEFAULT_LIMIT, RestaurantQuery.MAX_LIMIT);
        Optional<RestaurantCursor> after = PageParameters.cursor(req).map(NameCursors::decode)
                .map(cursor -> new RestaurantCursor(cursor.name(), new RestaurantId(cursor.id())));
        Optional<Caller> caller = req.headers().contains(HeaderNames.AUTHORIZATION)
                ? Optional.of(Callers.require(req))
                : Callers.current(req);
        Object page = caller.<Object>map(someone -> {
            ShowRestaurants.Page visible = showRestaurants.visibleTo(someone, after, limit);
            return new RestaurantJson.PageJson(visible.items().stream()
                    .map(listed -> RestaurantJson.of(listed.restaurant())).toList(), nextCursor(visible));
        }).orElseGet(() -> {
            ShowRestaurants.Page directory = showRestaurants.directory(after, limit);
            return new ListedRestaurantJson.PageJson(directory.items().stream().map(ListedRestaurantJson::of).toList(),
                    nextCursor(directory));
        });
        JsonResponses.send(res, Status.OK_200, json.write(page));
    }

    private static String nextCursor(ShowRestaurants.Page page) {
        return page.next().map(next -> NameCursors.encode(next.name(), next.id().value())).orElse(null);
    }

    private void open(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        byte[] body = JsonBody.read(req);
        // The tree is read once the strict read has passed, to tell fields left out from nulls.
        var request = json.read(body, NewRestaurantJson.class).toCommand(SettingsJson.named(json.tree(body)));
        Restaurant opened = openRestaurant.open(caller, request);
        res.header(HeaderNames.LOCATION, ApiPaths.BASE + RESTAURANTS + "/" + opened.id());
        JsonResponses.send(res, Status.CREATED_201, json.write(RestaurantJson.of(opened)));
    }

    private void show(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        VersionedRestaurant restaurant = showRestaurants.one(caller, restaurantId(req));
        sendWithEntityTag(res, restaurant);
    }

    private void changeSettings(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        byte[] body = JsonBody.readMergePatch(req);
        Violations violations = new Violations();
        SettingsChange change = json.read(body, SettingsJson.class).toChange(SettingsJson.named(json.tree(body)),
                violations);
        violations.throwIfAny();
        VersionedRestaurant changed = changeSettings.change(caller, restaurantId, change, IfMatch.version(req));
        sendWithEntityTag(res, changed);
    }

    // The ETag is the restaurant's version, as for orders: what a PATCH sends back in If-Match.
    private void sendWithEntityTag(ServerResponse res, VersionedRestaurant restaurant) {
        res.header(HeaderNames.ETAG, JsonResponses.entityTag(restaurant.version()));
        JsonResponses.send(res, Status.OK_200, json.write(RestaurantJson.of(restaurant.restaurant())));
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }
}
