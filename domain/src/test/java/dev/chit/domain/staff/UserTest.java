package dev.chit.domain.staff;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final UserId ID = new UserId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final RestaurantId HERE = new RestaurantId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final RestaurantId THERE = new RestaurantId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));

    private static void assertInvalid(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    @Test
    void anEmail_isKeptLowerCase_soOnePersonHasOneAccount() {
        User user = new User(ID, " Grace.Hopper@Example.COM ", "Grace", false, List.of());

        assertThat(user.email()).isEqualTo("grace.hopper@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "grace", "grace@", "@example.com", "gr ace@example.com", "grace@@example.com"})
    void aBadEmail_isInvalidInputOnEmail(String email) {
        assertInvalid(() -> new User(ID, email, "Grace", false, List.of()), "email");
    }

    @Test
    void aNameOf200Characters_isKept_201IsInvalidInputOnName() {
        assertThat(new User(ID, "g@example.com", "g".repeat(200), false, List.of()).name()).hasSize(200);
        assertInvalid(() -> new User(ID, "g@example.com", "g".repeat(201), false, List.of()), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Grace\u0000", "Grace\nHopper", "Grace\u001b[2J"})
    void aBlankNameOrOneWithControlCharacters_isInvalidInputOnName(String name) {
        assertInvalid(() -> new User(ID, "g@example.com", name, false, List.of()), "name");
    }

    @Test
    void roleAt_isTheRoleInThatRestaurantOnly() {
        User user = new User(ID, "g@example.com", "Grace", false, List.of(new Membership(HERE, Role.MANAGER)));

        assertThat(user.roleAt(HERE)).contains(Role.MANAGER);
        assertThat(user.roleAt(THERE)).isEmpty();
    }

    @Test
    void aPasswordHash_neverShowsInToString() {
        assertThat(new PasswordHash("$argon2id$v=19$secret").toString()).doesNotContain("secret").doesNotContain("argon");
    }
}
