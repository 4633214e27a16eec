package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;

/**
 * The restaurant's staff, for its managers (and admins). Staff do not list each other: the list
 * holds people's emails, which only those who hire need.
 */
public final class ListStaff {

    private final Restaurants restaurants;
    private final Users users;

    public ListStaff(Restaurants restaurants, Users users) {
        this.restaurants = restaurants;
        this.users = users;
    }

    public List<StaffMember> of(Caller caller, RestaurantId restaurantId) {
        caller.requireManagerOf(restaurantId);
        restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        return users.staffOf(restaurantId).stream().map(user -> StaffMember.of(user, restaurantId)).toList();
    }
}
