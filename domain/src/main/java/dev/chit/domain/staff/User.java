package dev.chit.domain.staff;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.text;

/**
 * Someone who signs in to the portal: staff or a manager of one or more restaurants, or a
 * platform admin. Guests are not users. Emails are kept lower-case so that one person has
 * one account however they type it.
 */
public record User(UserId id, String email, String name, boolean admin, List<Membership> memberships) {

    public User {
        Objects.requireNonNull(id, "id");
        email = text(email, "email", 254).toLowerCase(Locale.ROOT);
        if (!email.matches("^[^@\\s]+@[^@\\s]+$")) {
            throw new InvalidInput("email", "invalid-email", "email is not an email address");
        }
        name = text(name, "name", 200);
        memberships = List.copyOf(memberships);
    }

    public Optional<Role> roleAt(RestaurantId restaurantId) {
        return memberships.stream()
                .filter(membership -> membership.restaurantId().equals(restaurantId))
                .map(Membership::role)
                .findFirst();
    }
}
