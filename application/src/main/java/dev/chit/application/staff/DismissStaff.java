package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.util.List;

/**
 * A manager (or an admin) takes someone off the restaurant's staff. Only the membership ends:
 * the person keeps their account and any other restaurant they work at.
 */
public final class DismissStaff {

    private final Restaurants restaurants;
    private final Users users;
    private final Transactions transactions;

    public DismissStaff(Restaurants restaurants, Users users, Transactions transactions) {
        this.restaurants = restaurants;
        this.users = users;
        this.transactions = transactions;
    }

    /**
     * @throws NotFound    when the person does not work at the restaurant
     * @throws LastManager when a manager would remove the last manager
     */
    public void dismiss(Caller caller, RestaurantId restaurantId, UserId userId) {
        caller.requireManagerOf(restaurantId);
        transactions.inTransaction(() -> {
            restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
            users.lockStaffOf(restaurantId);
            List<User> staff = users.staffOf(restaurantId);
            if (staff.stream().noneMatch(user -> user.id().equals(userId))) {
                throw new NotFound("staff member", userId);
            }
            ManagersRemain.check(caller, staff, restaurantId, userId);
            users.removeMembership(userId, restaurantId);
            return null;
        });
    }
}
