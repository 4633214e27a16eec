package dev.chit.domain.port;

import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.util.List;
import java.util.Optional;

/** The people who sign in to the portal. */
public interface Users {

    /** A user and the hash of their password, for signing in. */
    record Credentials(User user, PasswordHash passwordHash) {
    }

    /** @throws dev.chit.domain.staff.EmailTaken when a user has the email already, however new */
    void add(User user, PasswordHash passwordHash);

    Optional<User> find(UserId id);

    /** Looks up a user by email, ignoring case. */
    Optional<Credentials> findByEmail(String email);

    void addMembership(UserId userId, Membership membership);

    /** Everyone with a membership at the restaurant, by name. */
    List<User> staffOf(RestaurantId restaurantId);

    /** Ends the user's membership at the restaurant; whether they had one. */
    boolean removeMembership(UserId userId, RestaurantId restaurantId);

    /**
     * Holds the restaurant's staff list until the transaction ends: a second caller waits here,
     * so that a rule such as "a manager remains" is checked on a list nobody changes meanwhile.
     */
    void lockStaffOf(RestaurantId restaurantId);

    long count();

    /** Whether any user is a platform admin. */
    boolean anyAdmin();

    /** Makes the user a platform admin. */
    void grantAdmin(UserId userId);

    void changePassword(UserId userId, PasswordHash passwordHash);
}
