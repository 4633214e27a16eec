package dev.chit.adapters.persistence;

import dev.chit.domain.port.LoginFailures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;

abstract class LoginFailuresContract extends ContractBase {

    @Test
    void failures_areCountedPerEmail_andPerAddress_sinceAnInstant() {
        String email = newEmail();
        String address = newAddress();
        failures().record(email, address, minutesAfterNoon(1));
        failures().record(email, newAddress(), minutesAfterNoon(2));
        failures().record(newEmail(), address, minutesAfterNoon(3));
        failures().record(email, address, NOON.minusSeconds(60));

        assertThat(failures().ofEmailSince(email, NOON))
                .containsExactly(minutesAfterNoon(1), minutesAfterNoon(2));
        assertThat(failures().ofAddressSince(address, NOON))
                .containsExactly(minutesAfterNoon(1), minutesAfterNoon(3));
        assertThat(failures().ofEmailSince(email, minutesAfterNoon(1))).hasSize(2);
    }

    @Test
    void emailsAreStoredHashed_neverAsTyped() {
        String email = newEmail();
        failures().record(email, newAddress(), NOON);

        long plain = database().statements().query("test-plain-email",
                "SELECT email_hash FROM login_failures WHERE email_hash = ?", email).size();
        assertThat(plain).isZero();
        assertThat(failures().ofEmailSince(email, NOON)).hasSize(1);
    }

    @Test
    void forgettingAnEmail_keepsTheAddressesOtherFailures() {
        String email = newEmail();
        String address = newAddress();
        failures().record(email, address, minutesAfterNoon(1));
        failures().record(newEmail(), address, minutesAfterNoon(2));

        failures().forgetEmail(email);

        assertThat(failures().ofEmailSince(email, NOON)).isEmpty();
        assertThat(failures().ofAddressSince(address, NOON)).containsExactly(minutesAfterNoon(2));
    }

    @Test
    void purging_forgetsFailuresBeforeTheCutoff() {
        String email = newEmail();
        failures().record(email, newAddress(), Instant.parse("2020-01-01T00:00:00Z"));
        failures().record(email, newAddress(), Instant.parse("2020-01-03T00:00:00Z"));

        int purged = failures().purgeBefore(Instant.parse("2020-01-02T00:00:00Z"));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(failures().ofEmailSince(email, Instant.EPOCH)).containsExactly(Instant.parse("2020-01-03T00:00:00Z"));
    }

    @Test
    void anOverlongAddress_isKeptToItsFirstHundredCharacters() {
        String address = "x".repeat(150) + UUID.randomUUID();
        failures().record(newEmail(), address, NOON);

        assertThat(failures().ofAddressSince(address, NOON)).hasSize(1);
    }

    private LoginFailures failures() {
        return database().loginFailures();
    }

    private static String newEmail() {
        return "guess-" + UUID.randomUUID() + "@example.org";
    }

    private static String newAddress() {
        return "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":"
                + UUID.randomUUID().toString().substring(0, 4);
    }
}
