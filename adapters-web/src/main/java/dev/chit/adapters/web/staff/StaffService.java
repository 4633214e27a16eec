package dev.chit.adapters.web.staff;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.JsonBody;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.NameCursors;
import dev.chit.adapters.web.support.PageParameters;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.application.staff.DismissStaff;
import dev.chit.application.staff.HireStaff;
import dev.chit.application.staff.ListStaff;
import dev.chit.application.staff.StaffMember;
import dev.chit.domain.port.Users.StaffCursor;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.UserId;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * A restaurant's staff, for its managers and admins: {@code GET} and {@code POST
 * /restaurants/{id}/staff}, {@code DELETE /restaurants/{id}/staff/{userId}}. Removing the last
 * manager is a 409 for managers.
 */
public final class StaffService implements HttpService {

    private static final String STAFF = "/restaurants/{restaurantId}/staff";
    private static final String MEMBER = "/restaurants/{restaurantId}/staff/{userId}";

    private final ListStaff listStaff;
    private final HireStaff hireStaff;
    private final DismissStaff dismissStaff;
    private final Json json;

    public StaffService(ListStaff listStaff, HireStaff hireStaff, DismissStaff dismissStaff, Json json) {
        this.listStaff = listStaff;
        this.hireStaff = hireStaff;
        this.dismissStaff = dismissStaff;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(STAFF, this::list)
                .post(STAFF, this::hire)
                .any(STAFF, MethodNotAllowed.allowing(Method.GET, Method.POST))
                .delete(MEMBER, this::dismiss)
                .any(MEMBER, MethodNotAllowed.allowing(Method.DELETE));
    }

    // By name, then id, a page at a time (?limit=, ?cursor=), as every list of the API.
    private void list(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        int limit = PageParameters.limit(req, ListStaff.DEFAULT_LIMIT, ListStaff.MAX_LIMIT);
        Optional<StaffCursor> after = PageParameters.cursor(req).map(NameCursors::decode)
                .map(cursor -> new StaffCursor(cursor.name(), new UserId(cursor.id())));
        ListStaff.Page page = listStaff.of(caller, restaurantId, after, limit);
        String next = page.next().map(cursor -> NameCursors.encode(cursor.name(), cursor.id().value())).orElse(null);
        JsonResponses.send(res, Status.OK_200, json.write(new StaffMemberJson.PageJson(
                page.items().stream().map(StaffMemberJson::of).toList(), next)));
    }

    private void hire(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        var hire = json.read(JsonBody.read(req), NewStaffMemberJson.class).toCommand();
        StaffMember hired = hireStaff.hire(caller, restaurantId, hire);
        JsonResponses.send(res, Status.CREATED_201, json.write(StaffMemberJson.of(hired)));
    }

    private void dismiss(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        RestaurantId restaurantId = restaurantId(req);
        UserId userId = new UserId(PathIds.uuid(req, "userId", "staff member"));
        dismissStaff.dismiss(caller, restaurantId, userId);
        res.status(Status.NO_CONTENT_204).send();
    }

    private static RestaurantId restaurantId(ServerRequest req) {
        return new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
    }
}
