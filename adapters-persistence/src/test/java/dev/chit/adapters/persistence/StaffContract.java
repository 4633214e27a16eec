package dev.chit.adapters.persistence;

import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A restaurant's staff list: who works there, ending a membership, and holding the list for a change. */
abstract class StaffContract extends ContractBase {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$ZGlnZXN0");

    private Restaurant restaurant() {
        Restaurant restaurant = Fixtures.restaurant("Staffed " + UUID.randomUUID());
        database().restaurants().add(restaurant);
        return restaurant;
    }

    private User user(String name, Membership... memberships) {
        User user = new User(new UserId(UUID.randomUUID()), name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org",
                name, false, List.of(memberships));
        database().users().add(user, HASH);
        return user;
    }

    @Test
    void staffOf_listsThoseWithAMembership_byName_withAllTheirMemberships() {
        Restaurant here = restaurant();
        Restaurant there = restaurant();
        User zoe = user("Zoe", new Membership(here.id(), Role.STAFF), new Membership(there.id(), Role.MANAGER));
        User adam = user("Adam", new Membership(here.id(), Role.MANAGER));
        user("Elsewhere", new Membership(there.id(), Role.STAFF));

        List<User> staff = database().users().staffOf(here.id());

        assertThat(staff).extracting(User::id).containsExactly(adam.id(), zoe.id());
        assertThat(staff.get(1).memberships()).containsExactlyInAnyOrderElementsOf(zoe.memberships());
    }

    @Test
    void removeMembership_endsOneMembership_andKeepsTheAccount() {
        Restaurant here = restaurant();
        Restaurant there = restaurant();
        User zoe = user("Zoe", new Membership(here.id(), Role.STAFF), new Membership(there.id(), Role.MANAGER));

        assertThat(database().users().removeMembership(zoe.id(), here.id())).isTrue();
        assertThat(database().users().removeMembership(zoe.id(), here.id())).isFalse();

        assertThat(database().users().staffOf(here.id())).isEmpty();
        assertThat(database().users().find(zoe.id()).orElseThrow().memberships())
                .containsExactly(new Membership(there.id(), Role.MANAGER));
    }

    @Test
    void lockStaffOf_makesASecondChangeWait_untilTheFirstCommits() throws Exception {
        Restaurant here = restaurant();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> database().transactions().inTransaction(() -> {
            database().users().lockStaffOf(here.id());
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Thread second = Thread.ofVirtual().start(() -> database().transactions().inTransaction(() -> {
            database().users().lockStaffOf(here.id());
            return null;
        }));
        Thread.sleep(300);
        assertThat(second.isAlive()).as("the second holder waits for the first").isTrue();

        release.countDown();
        first.join(10_000);
        second.join(10_000);
        assertThat(second.isAlive()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
