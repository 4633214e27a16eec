package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.util.List;

/**
 * The rule that a manager cannot leave their restaurant without managers, by removing or
 * demoting the last one (themselves included). Callers check it on the staff list they hold
 * locked ({@code Users.lockStaffOf}), so that two managers removing each other at once cannot
 * both succeed. An admin is not held to it: admins can always step in.
 */
final class ManagersRemain {

    private ManagersRemain() {
    }

    /** @throws LastManager when {@code leaving} is the only manager in {@code staff} and the caller is not an admin */
    static void check(Caller caller, List<User> staff, RestaurantId restaurantId, UserId leaving) {
        if (caller.admin()) {
            return;
        }
        List<UserId> managers = staff.stream()
                .filter(user -> user.roleAt(restaurantId).orElseThrow() == Role.MANAGER)
                .map(User::id)
                .toList();
        if (managers.equals(List.of(leaving))) {
            throw new LastManager();
        }
    }
}
