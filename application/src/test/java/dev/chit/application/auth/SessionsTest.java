package dev.chit.application.auth;

import dev.chit.application.testing.InMemoryAccounts;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** A session's token, from sign-in to expiry or sign-out: {@link IdentifyCaller} and {@link SignOut}. */
class SessionsTest {

    private static final String PASSWORD = "correct horse battery";

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final User sam = accounts.givenUser("sam@example.com", PASSWORD, new Membership(RESTAURANT_ID, Role.STAFF));
    private final SignedIn signedIn =
            accounts.signIn.signIn(new SignInCommand("sam@example.com", PASSWORD, "203.0.113.7"));

    @Test
    void theToken_identifiesTheCaller_withTheirMemberships() {
        Authenticated authenticated = accounts.identifyCaller.bySessionToken(signedIn.token()).orElseThrow();

        assertThat(authenticated.caller().userId()).isEqualTo(sam.id());
        assertThat(authenticated.caller().worksAt(RESTAURANT_ID)).isTrue();
        assertThat(authenticated.caller().manages(RESTAURANT_ID)).isFalse();
        assertThat(authenticated.sessionId()).isEqualTo(signedIn.sessionId());
    }

    @Test
    void aMembershipGrantedLater_countsAtOnce() {
        accounts.users.addMembership(sam.id(), new Membership(RESTAURANT_ID, Role.MANAGER));

        assertThat(accounts.identifyCaller.bySessionToken(signedIn.token()).orElseThrow().caller()
                .manages(RESTAURANT_ID)).isTrue();
    }

    @Test
    void anExpiredToken_identifiesNobody() {
        accounts.clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertThat(accounts.identifyCaller.bySessionToken(signedIn.token())).isPresent();

        accounts.clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.identifyCaller.bySessionToken(signedIn.token())).isEmpty();
    }

    @Test
    void aRevokedToken_identifiesNobody_andOtherSessionsGoOn() {
        SignedIn other = accounts.signIn.signIn(new SignInCommand("sam@example.com", PASSWORD, "203.0.113.7"));

        accounts.signOut.signOut(signedIn.sessionId());

        assertThat(accounts.identifyCaller.bySessionToken(signedIn.token())).isEmpty();
        assertThat(accounts.identifyCaller.bySessionToken(other.token())).isPresent();
    }

    @Test
    void unknownOrEmptyTokens_identifyNobody() {
        assertThat(accounts.identifyCaller.bySessionToken("not-a-token")).isEmpty();
        assertThat(accounts.identifyCaller.bySessionToken("")).isEmpty();
        assertThat(accounts.identifyCaller.bySessionToken(null)).isEmpty();
    }
}
