package dev.chit.application.staff;

import dev.chit.application.access.Caller;
import dev.chit.application.access.NotPermitted;
import dev.chit.application.testing.CountingPasswords;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.Role;
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

class DismissStaffTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final HireStaff hireStaff =
            new HireStaff(chit.restaurants, chit.users, new CountingPasswords(), chit.transactions, chit.ids);
    private final DismissStaff dismissStaff = new DismissStaff(chit.restaurants, chit.users, chit.transactions);
    private final ListStaff listStaff = new ListStaff(chit.restaurants, chit.users);

    private final StaffMember boss = hire("boss@example.org", Role.MANAGER);
    private final StaffMember cook = hire("cook@example.org", Role.STAFF);

    private StaffMember hire(String email, Role role) {
        return hireStaff.hire(People.admin(), RESTAURANT_ID, new NewStaffMember(email, Optional.of(email),
                Optional.of(new NewPassword("long enough password")), role));
    }

    private static Caller as(StaffMember member) {
        return new Caller(member.id(), member.email(), member.name(), false,
                List.of(new Membership(RESTAURANT_ID, member.role())));
    }

    @Test
    void aManager_dismissesStaff_whoKeepTheirAccount() {
        dismissStaff.dismiss(as(boss), RESTAURANT_ID, cook.id());

        assertThat(listStaff.of(as(boss), RESTAURANT_ID,
                Optional.empty(), ListStaff.DEFAULT_LIMIT).items()).containsExactly(boss);
        assertThat(chit.users.find(cook.id())).hasValueSatisfying(user -> assertThat(user.memberships()).isEmpty());
    }

    @Test
    void theLastManager_cannotBeRemovedByAManager_evenThemselves() {
        assertThatThrownBy(() -> dismissStaff.dismiss(as(boss), RESTAURANT_ID, boss.id())).isInstanceOf(LastManager.class);

        StaffMember second = hire("second@example.org", Role.MANAGER);
        dismissStaff.dismiss(as(boss), RESTAURANT_ID, boss.id());

        assertThat(listStaff.of(as(second), RESTAURANT_ID,
                Optional.empty(), ListStaff.DEFAULT_LIMIT).items()).containsExactlyInAnyOrder(cook, second);
    }

    @Test
    void anAdmin_mayRemoveTheLastManager() {
        dismissStaff.dismiss(People.admin(), RESTAURANT_ID, boss.id());

        assertThat(listStaff.of(People.admin(), RESTAURANT_ID,
                Optional.empty(), ListStaff.DEFAULT_LIMIT).items()).containsExactly(cook);
    }

    @Test
    void someoneWhoDoesNotWorkThere_isNotFound() {
        assertThatThrownBy(() -> dismissStaff.dismiss(as(boss), RESTAURANT_ID, new UserId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void staff_cannotDismissAnyone() {
        assertThatThrownBy(() -> dismissStaff.dismiss(as(cook), RESTAURANT_ID, boss.id())).isInstanceOf(NotPermitted.class);
        assertThat(listStaff.of(as(boss), RESTAURANT_ID,
                Optional.empty(), ListStaff.DEFAULT_LIMIT).items()).hasSize(2);
    }
}
