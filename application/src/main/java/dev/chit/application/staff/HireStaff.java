package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.EmailTaken;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.util.ArrayList;
import java.util.List;

/**
 * A manager (or an admin) adds someone to the restaurant's staff. A new email makes a new user
 * with the password given (hashed, never stored); an existing user gains the membership, or a
 * new role if they work there already.
 */
public final class HireStaff {

    private final Restaurants restaurants;
    private final Users users;
    private final PasswordHasher passwords;
    private final Transactions transactions;
    private final IdGenerator ids;

    public HireStaff(Restaurants restaurants, Users users, PasswordHasher passwords, Transactions transactions,
                     IdGenerator ids) {
        this.restaurants = restaurants;
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.ids = ids;
    }

    /**
     * @throws dev.chit.application.access.NotPermitted unless the caller manages the restaurant
     * @throws InvalidInput when a new user's name or password is missing or invalid
     * @throws LastManager  when a manager would demote the last manager
     */
    public StaffMember hire(Caller caller, RestaurantId restaurantId, NewStaffMember hire) {
        caller.requireManagerOf(restaurantId);
        try {
            return hireOnce(caller, restaurantId, hire);
        } catch (EmailTaken raced) {
            // Another restaurant made the account for this email at the same moment (only the
            // staff of each restaurant are locked). Now that it exists, this hire joins it, as
            // it would have a moment later; a second race for one email cannot happen.
            return hireOnce(caller, restaurantId, hire);
        }
    }

    private StaffMember hireOnce(Caller caller, RestaurantId restaurantId, NewStaffMember hire) {
        return transactions.inTransaction(() -> {
            restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
            users.lockStaffOf(restaurantId);
            Membership membership = new Membership(restaurantId, hire.role());
            User hired = users.findByEmail(hire.email())
                    .map(credentials -> join(caller, credentials.user(), membership))
                    .orElseGet(() -> newUser(hire, membership));
            return StaffMember.of(hired, restaurantId);
        });
    }

    private User join(Caller caller, User user, Membership membership) {
        if (membership.role() == Role.STAFF) {
            ManagersRemain.check(caller, users.staffOf(membership.restaurantId()), membership.restaurantId(), user.id());
        }
        users.addMembership(user.id(), membership);
        return users.find(user.id()).orElseThrow();
    }

    private User newUser(NewStaffMember hire, Membership membership) {
        List<Violation> missing = new ArrayList<>();
        if (hire.name().isEmpty()) {
            missing.add(new Violation("name", "required", "name is required for someone new to Chit"));
        }
        if (hire.password().isEmpty()) {
            missing.add(new Violation("password", "required", "password is required for someone new to Chit"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        User user = new User(new UserId(ids.next()), hire.email(), hire.name().orElseThrow(), false,
                List.of(membership));
        users.add(user, passwords.hash(hire.password().orElseThrow().value()));
        return user;
    }
}
