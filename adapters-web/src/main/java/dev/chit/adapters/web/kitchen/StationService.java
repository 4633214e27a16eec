package dev.chit.adapters.web.kitchen;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.stations.SetUpStations;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /restaurants/{restaurantId}/stations} (its staff, for their screens) and {@code PUT}
 * of the same shape (its managers): the kitchen's stations, replaced as a whole.
 */
public final class StationService implements HttpService {

    private static final String STATIONS = "/restaurants/{restaurantId}/stations";

    private final SetUpStations setUp;
    private final Json json;

    public StationService(SetUpStations setUp, Json json) {
        this.setUp = setUp;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(STATIONS, this::stations)
                .put(STATIONS, this::replace)
                .any(STATIONS, MethodNotAllowed.allowing(Method.GET, Method.PUT));
    }

    private void stations(ServerRequest req, ServerResponse res) {
        var stations = setUp.of(Callers.require(req), restaurantId(req));
        JsonResponses.send(res, Status.OK_200, json.write(StationsJson.of(stations)));
    }

    private void replace(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var body = json.read(JsonBody.read(req), StationsJson.class);
        var stations = setUp.replace(caller, restaurantId(req), body.drafts());
        JsonResponses.send(res, Status.OK_200, json.write(StationsJson.of(stations)));
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }
}
