package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.application.access.NotPermitted;
import dev.chit.application.testing.CountingPasswords;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HireStaffTest {

    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryChit chit = new InMemoryChit()
            .with(aRestaurant().build(), SampleMenu.menu())
            .with(aRestaurant().withId(ELSEWHERE).named("Elsewhere").build(), SampleMenu.menuOf(ELSEWHERE));
    private final CountingPasswords passwords = new CountingPasswords();
    private final HireStaff hireStaff = new HireStaff(chit.restaurants, chit.users, passwords, chit.transactions, chit.ids);
    private final ListStaff listStaff = new ListStaff(chit.restaurants, chit.users);
    private final Caller boss = People.managerOf(RESTAURANT_ID);

    private static NewStaffMember newcomer(String email, Role role) {
        return new NewStaffMember(email, Optional.of("Gio Rossi"), Optional.of(new NewPassword("correct horse battery")),
                role);
    }

    @Test
    void someoneNew_getsAnAccount_withTheirPasswordHashed() {
        StaffMember hired = hireStaff.hire(boss, RESTAURANT_ID, newcomer("  Gio@Example.org ", Role.STAFF));

        assertThat(hired.email()).isEqualTo("gio@example.org");
        assertThat(hired.role()).isEqualTo(Role.STAFF);
        assertThat(hired.id().value().version()).isEqualTo(7);
        var credentials = chit.users.findByEmail("gio@example.org").orElseThrow();
        assertThat(credentials.passwordHash()).isEqualTo(passwords.hash("correct horse battery"));
        assertThat(listStaff.of(boss, RESTAURANT_ID,
                Optional.empty(), ListStaff.DEFAULT_LIMIT).items()).containsExactly(hired);
    }

    @Test
    void someoneWithAnAccount_gainsTheMembership_andKeepsTheirNameAndPassword() {
        User cook = new User(new UserId(UUID.randomUUID()), "cook@example.org", "Ada Cook", false,
                List.of(new Membership(ELSEWHERE, Role.MANAGER)));
        chit.users.add(cook, passwords.hash("her own password"));

        StaffMember hired = hireStaff.hire(boss, RESTAURANT_ID, new NewStaffMember("COOK@example.org",
                Optional.of("Someone Else"), Optional.of(new NewPassword("a password of mine")), Role.STAFF));

        assertThat(hired).isEqualTo(new StaffMember(cook.id(), "cook@example.org", "Ada Cook", Role.STAFF));
        assertThat(chit.users.findByEmail("cook@example.org").orElseThrow().passwordHash())
                .isEqualTo(passwords.hash("her own password"));
        assertThat(chit.users.find(cook.id()).orElseThrow().roleAt(ELSEWHERE)).contains(Role.MANAGER);
    }

    @Test
    void someoneNew_needsANameAndAPassword() {
        assertThatThrownBy(() -> hireStaff.hire(boss, RESTAURANT_ID,
                new NewStaffMember("new@example.org", Optional.empty(), Optional.empty(), Role.STAFF)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "password"));
        assertThat(chit.users.count()).isZero();
    }

    @Test
    void hiringAgain_changesTheRole() {
        StaffMember first = hireStaff.hire(boss, RESTAURANT_ID, newcomer("gio@example.org", Role.STAFF));

        StaffMember promoted = hireStaff.hire(boss, RESTAURANT_ID, newcomer("gio@example.org", Role.MANAGER));

        assertThat(promoted.id()).isEqualTo(first.id());
        assertThat(promoted.role()).isEqualTo(Role.MANAGER);
        assertThat(listStaff.of(boss, RESTAURANT_ID,
                Optional.empty(), ListStaff.DEFAULT_LIMIT).items()).containsExactly(promoted);
    }

    @Test
    void aManager_cannotDemoteTheLastManager_butAnAdminMay() {
        StaffMember onlyManager = hireStaff.hire(People.admin(), RESTAURANT_ID, newcomer("boss@example.org", Role.MANAGER));
        Caller herself = new Caller(onlyManager.id(), onlyManager.email(), onlyManager.name(), false,
                List.of(new Membership(RESTAURANT_ID, Role.MANAGER)));

        assertThatThrownBy(() -> hireStaff.hire(herself, RESTAURANT_ID, newcomer("boss@example.org", Role.STAFF)))
                .isInstanceOf(LastManager.class);
        assertThat(hireStaff.hire(People.admin(), RESTAURANT_ID, newcomer("boss@example.org", Role.STAFF)).role())
                .isEqualTo(Role.STAFF);
    }

    @Test
    void staff_cannotHireOrListStaff_andOtherRestaurantsDoNotExistForManagers() {
        Caller cook = People.staffOf(RESTAURANT_ID);

        assertThatThrownBy(() -> hireStaff.hire(cook, RESTAURANT_ID, newcomer("x@example.org", Role.STAFF)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> listStaff.of(cook, RESTAURANT_ID, Optional.empty(), 1))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> hireStaff.hire(People.managerOf(ELSEWHERE), RESTAURANT_ID,
                newcomer("x@example.org", Role.STAFF))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> listStaff.of(People.managerOf(ELSEWHERE), RESTAURANT_ID, Optional.empty(), 1))
                .isInstanceOf(NotFound.class);
        assertThat(chit.users.count()).isZero();
    }
}
