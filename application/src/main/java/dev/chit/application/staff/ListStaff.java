package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Users;
import dev.chit.domain.port.Users.StaffCursor;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.User;

import java.util.List;
import java.util.Optional;

/**
 * The restaurant's staff, for its managers (and admins), a page at a time by name. Staff do not
 * list each other: the list holds people's emails, which only those who hire need.
 */
public final class ListStaff {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    private final Restaurants restaurants;
    private final Users users;

    public ListStaff(Restaurants restaurants, Users users) {
        this.restaurants = restaurants;
        this.users = users;
    }

    /** One page of the staff, and where the next starts when there is one. */
    public record Page(List<StaffMember> items, Optional<StaffCursor> next) {

        public Page {
            items = List.copyOf(items);
        }
    }

    public Page of(Caller caller, RestaurantId restaurantId, Optional<StaffCursor> after, int limit) {
        caller.requireManagerOf(restaurantId);
        restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        // One more than the page is read: whether it exists says if there is a next page.
        List<User> found = users.staffPage(restaurantId, after, limit + 1);
        List<User> page = found.stream().limit(limit).toList();
        Optional<StaffCursor> next = found.size() > limit ? Optional.of(StaffCursor.after(page.getLast()))
                : Optional.empty();
        return new Page(page.stream().map(user -> StaffMember.of(user, restaurantId)).toList(), next);
    }
}
