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

    /** Where a page of staff ended: the last one's name and id (keyset pagination by name, then id). */
    record StaffCursor(String name, UserId id) {

        public StaffCursor {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(id, "id");
        }

        public static StaffCursor after(User user) {
            return new StaffCursor(user.name(), user.id());
        }
    }

    /** At most {@code limit} of the restaurant's staff by name, then id, after {@code after} when given. */
    List<User> staffPage(RestaurantId restaurantId, Optional<StaffCursor> after, int limit);

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
