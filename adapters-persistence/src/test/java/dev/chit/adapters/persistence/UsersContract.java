package dev.chit.adapters.persistence;

import dev.chit.domain.port.Users.Credentials;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.staff.EmailTaken;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class UsersContract extends ContractBase {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$ZGlnZXN0");

    @Test
    void userWithMemberships_roundTrips_andIsFoundByEmailIgnoringCase() {
        Restaurant restaurant = restaurant();
        String email = "chef-" + UUID.randomUUID() + "@example.org";
        User user = new User(new UserId(UUID.randomUUID()), email, "Chef Mario", false,
                List.of(new Membership(restaurant.id(), Role.MANAGER)));

        database().users().add(user, HASH);

        assertThat(database().users().find(user.id())).contains(user);
        assertThat(database().users().findByEmail("  " + email.toUpperCase() + " "))
                .contains(new Credentials(user, HASH));
        assertThat(database().users().findByEmail("nobody-" + email)).isEmpty();
    }

    @Test
    void addMembership_addsARestaurant_orChangesTheRole() {
        Restaurant first = restaurant();
        Restaurant second = restaurant();
        User user = new User(new UserId(UUID.randomUUID()), "waiter-" + UUID.randomUUID() + "@example.org",
                "Giulia", false, List.of(new Membership(first.id(), Role.STAFF)));
        database().users().add(user, HASH);

        database().users().addMembership(user.id(), new Membership(second.id(), Role.STAFF));
        database().users().addMembership(user.id(), new Membership(first.id(), Role.MANAGER));

        User found = database().users().find(user.id()).orElseThrow();
        assertThat(found.roleAt(first.id())).contains(Role.MANAGER);
        assertThat(found.roleAt(second.id())).contains(Role.STAFF);
        assertThat(found.memberships()).hasSize(2);
    }

    @Test
    void count_countsUsers_andAnEmailIsTakenOnce() {
        long before = database().users().count();
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        database().users().add(new User(new UserId(UUID.randomUUID()), email, "Admin", true, List.of()), HASH);

        assertThat(database().users().count()).isEqualTo(before + 1);
        assertThatThrownBy(() -> database().users().add(
                new User(new UserId(UUID.randomUUID()), email.toUpperCase(), "Impostor", true, List.of()), HASH))
                .isInstanceOf(EmailTaken.class);
        assertThat(database().users().count()).isEqualTo(before + 1);
    }

    private Restaurant restaurant() {
        Restaurant restaurant = Fixtures.restaurant("Staffed " + UUID.randomUUID());
        database().restaurants().add(restaurant);
        return restaurant;
    }
}
