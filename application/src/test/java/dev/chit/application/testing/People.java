package dev.chit.application.testing;

import dev.chit.application.access.Caller;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;

import java.util.List;
import java.util.UUID;

/** Callers for the use cases' access rules: staff and managers of a restaurant, and an admin. */
public final class People {

    private People() {
    }

    public static Caller staffOf(RestaurantId restaurantId) {
        return caller("cook", false, List.of(new Membership(restaurantId, Role.STAFF)));
    }

    public static Caller managerOf(RestaurantId restaurantId) {
        return caller("boss", false, List.of(new Membership(restaurantId, Role.MANAGER)));
    }

    public static Caller admin() {
        return caller("admin", true, List.of());
    }

    /** Someone signed in who works nowhere (yet). */
    public static Caller nobody() {
        return caller("stranger", false, List.of());
    }

    public static Caller caller(String name, boolean admin, List<Membership> memberships) {
        return new Caller(new UserId(UUID.randomUUID()), name + "@example.org", name, admin, memberships);
    }
}
