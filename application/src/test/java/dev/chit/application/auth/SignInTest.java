package dev.chit.application.auth;

import dev.chit.application.support.AccessTokens;
import dev.chit.application.testing.InMemoryAccounts;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.Session;
import dev.chit.domain.staff.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class SignInTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String HERE = "203.0.113.7";

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final User dana = accounts.givenUser("dana@example.com", PASSWORD,
            new Membership(RESTAURANT_ID, Role.MANAGER));

    private SignedIn signIn(String email, String password) {
        return accounts.signIn.signIn(new SignInCommand(email, password, HERE));
    }

    private Throwable failedSignIn(String email, String password, String from) {
        return catchThrowable(() -> accounts.signIn.signIn(new SignInCommand(email, password, from)));
    }

    @Test
    void theRightPassword_opensASessionForTwelveHours_storedOnlyAsAHash() {
        SignedIn signedIn = signIn(" Dana@Example.com ", PASSWORD);

        assertThat(signedIn.caller().userId()).isEqualTo(dana.id());
        assertThat(signedIn.caller().memberships()).containsExactly(new Membership(RESTAURANT_ID, Role.MANAGER));
        assertThat(signedIn.expiresAt()).isEqualTo(InMemoryAccounts.START.plus(Duration.ofHours(12)));
        assertThat(signedIn.token()).hasSize(43);
        Session stored = accounts.sessions.all().getFirst();
        assertThat(stored.tokenHash()).isEqualTo(AccessTokens.hash(signedIn.token())).isNotEqualTo(signedIn.token());
        assertThat(stored.userId()).isEqualTo(dana.id());
        assertThat(signedIn.toString()).doesNotContain(signedIn.token());
    }

    @Test
    void anUnknownEmail_andAWrongPassword_failAlike_andBothCheckAHash() {
        int before = accounts.passwords.checks();
        Throwable unknownEmail = failedSignIn("nobody@example.com", PASSWORD, HERE);
        int afterUnknown = accounts.passwords.checks();
        Throwable wrongPassword = failedSignIn("dana@example.com", "not the password", HERE);

        assertThat(unknownEmail).isInstanceOf(InvalidCredentials.class);
        assertThat(wrongPassword).isInstanceOf(InvalidCredentials.class).hasMessage(unknownEmail.getMessage());
        assertThat(afterUnknown - before).isEqualTo(1);
        assertThat(accounts.passwords.checks() - afterUnknown).isEqualTo(1);
        assertThat(accounts.sessions.all()).isEmpty();
    }

    @Test
    void aFailure_isRecorded_evenThoughTheAttemptFails() {
        failedSignIn("dana@example.com", "wrong", HERE);

        assertThat(accounts.failures.size()).isEqualTo(1);
        assertThat(accounts.transactions.rollbacks()).isZero();
    }

    @Test
    void afterFiveFailuresForAnEmail_theNextTryIsRefused_evenWithTheRightPassword_andChecksNoPassword() {
        for (int i = 0; i < 5; i++) {
            accounts.clock.advance(Duration.ofMinutes(1));
            assertThat(failedSignIn("dana@example.com", "wrong " + i, "198.51.100." + i))
                    .isInstanceOf(InvalidCredentials.class);
        }
        int checks = accounts.passwords.checks();

        Throwable refused = failedSignIn("dana@example.com", PASSWORD, HERE);

        // The first failure (4 minutes ago) leaves the 15-minute window in 11 minutes.
        assertThat(refused).isInstanceOfSatisfying(TooManySignInAttempts.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(11)));
        assertThat(((TooManySignInAttempts) refused).retryAfterSeconds()).isEqualTo(660);
        assertThat(accounts.passwords.checks()).isEqualTo(checks);
        assertThat(accounts.failures.size()).isEqualTo(5);
    }

    @Test
    void afterFiveFailuresFromAnAddress_itIsRefusedForEveryEmail() {
        for (int i = 0; i < 5; i++) {
            failedSignIn("guess" + i + "@example.com", "wrong", HERE);
        }

        assertThat(failedSignIn("dana@example.com", PASSWORD, HERE)).isInstanceOf(TooManySignInAttempts.class);
        assertThat(signInFrom("192.0.2.1").caller().userId()).isEqualTo(dana.id());
    }

    @Test
    void theRefusalLifts_whenTheWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            failedSignIn("dana@example.com", "wrong", HERE);
        }
        accounts.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(signIn("dana@example.com", PASSWORD).caller().userId()).isEqualTo(dana.id());
    }

    @Test
    void aSuccess_forgetsTheEmailsFailures() {
        for (int i = 0; i < 4; i++) {
            failedSignIn("dana@example.com", "wrong", "198.51.100." + i);
        }
        signIn("dana@example.com", PASSWORD);

        for (int i = 0; i < 4; i++) {
            failedSignIn("dana@example.com", "wrong", "198.51.100." + (10 + i));
        }
        assertThat(signIn("dana@example.com", PASSWORD)).isNotNull();
    }

    @Test
    void aMissingEmailOrPassword_isInvalidInput_notACheckedFailure() {
        assertThatThrownBy(() -> new SignInCommand(" ", PASSWORD, HERE)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SignInCommand("dana@example.com", "", HERE)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SignInCommand("dana@example.com", "x".repeat(1025), HERE))
                .isInstanceOf(InvalidInput.class);
        assertThat(new SignInCommand("dana@example.com", PASSWORD, HERE).toString()).doesNotContain(PASSWORD);
    }

    private SignedIn signInFrom(String address) {
        return accounts.signIn.signIn(new SignInCommand("dana@example.com", PASSWORD, address));
    }
}
