package dev.chit.application.staff;

import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

/** Someone who works at a restaurant, as its managers see them: who, and in what role there. */
public record StaffMember(UserId id, String email, String name, Role role) {

    /** @throws IllegalArgumentException when the user does not work at the restaurant */
    static StaffMember of(User user, RestaurantId restaurantId) {
        Role role = user.roleAt(restaurantId)
                .orElseThrow(() -> new IllegalArgumentException(user.id() + " does not work at " + restaurantId));
        return new StaffMember(user.id(), user.email(), user.name(), role);
    }
}
