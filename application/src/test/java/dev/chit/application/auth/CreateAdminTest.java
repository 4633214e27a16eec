package dev.chit.application.auth;

import dev.chit.application.testing.InMemoryAccounts;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import org.junit.jupiter.api.Test;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateAdminTest {

    private static final NewPassword PASSWORD = new NewPassword("a long admin passphrase");

    private final InMemoryAccounts accounts = new InMemoryAccounts();

    private SignedIn signIn(String email, String password) {
        return accounts.signIn.signIn(new SignInCommand(email, password, "127.0.0.1"));
    }

    @Test
    void aNewEmail_becomesAnAdminWhoCanSignIn() {
        CreateAdmin.Result result = accounts.createAdmin.createOrPromote("Root@Example.com", PASSWORD);

        assertThat(result.outcome()).isEqualTo(CreateAdmin.Outcome.CREATED);
        assertThat(result.admin().email()).isEqualTo("root@example.com");
        assertThat(result.admin().name()).isEqualTo("root");
        assertThat(signIn("root@example.com", PASSWORD.value()).caller().admin()).isTrue();
    }

    @Test
    void anExistingUser_isPromoted_getsThePassword_andTheirSessionsEnd() {
        User dana = accounts.givenUser("dana@example.com", "old password here",
                new Membership(RESTAURANT_ID, Role.MANAGER));
        SignedIn before = signIn("dana@example.com", "old password here");

        CreateAdmin.Result result = accounts.createAdmin.createOrPromote("dana@example.com", PASSWORD);

        assertThat(result.outcome()).isEqualTo(CreateAdmin.Outcome.PROMOTED);
        assertThat(result.admin().id()).isEqualTo(dana.id());
        assertThat(accounts.identifyCaller.bySessionToken(before.token())).isEmpty();
        SignedIn after = signIn("dana@example.com", PASSWORD.value());
        assertThat(after.caller().admin()).isTrue();
        assertThat(after.caller().manages(RESTAURANT_ID)).isTrue();
    }

    @Test
    void atStartUp_theFirstAdminIsMadeOnlyWhileThereIsNone() {
        assertThat(accounts.createAdmin.createFirst("first@example.com", PASSWORD)).isPresent();

        assertThat(accounts.createAdmin.createFirst("second@example.com", PASSWORD)).isEmpty();
        assertThat(accounts.users.findByEmail("second@example.com")).isEmpty();
    }

    @Test
    void aBadEmail_isInvalidInput_andNothingIsStored() {
        assertThatThrownBy(() -> accounts.createAdmin.createOrPromote("not-an-email", PASSWORD))
                .isInstanceOf(InvalidInput.class);
        assertThat(accounts.users.count()).isZero();
    }
}
