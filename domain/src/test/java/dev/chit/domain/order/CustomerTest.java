package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    private static void assertInvalid(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    @Test
    void aGuest_isStrippedAndKept() {
        Customer guest = new Customer("  Ada Lovelace ", " ada@example.com ", Optional.of(" +44 20 7946 0958 "));

        assertThat(guest.name()).isEqualTo("Ada Lovelace");
        assertThat(guest.email()).isEqualTo("ada@example.com");
        assertThat(guest.phone()).contains("+44 20 7946 0958");
    }

    @Test
    void aBlankPhone_isNoPhone() {
        assertThat(new Customer("Ada", "ada@example.com", Optional.of("  ")).phone()).isEmpty();
    }

    @Test
    void aNameOf200Characters_isKept_201IsInvalidInputOnTheName() {
        assertThat(new Customer("a".repeat(200), "ada@example.com", Optional.empty()).name()).hasSize(200);
        assertInvalid(() -> new Customer("a".repeat(201), "ada@example.com", Optional.empty()), "customer.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Ada\u0000", "Ada\u0007Lovelace", "Ada\nLovelace", "Ada\r\nBcc: x@example.com", "Ada\u0085"})
    void aBlankNameOrOneWithControlCharacters_isInvalidInputOnTheName(String name) {
        assertInvalid(() -> new Customer(name, "ada@example.com", Optional.empty()), "customer.name");
    }

    @Test
    void aMissingName_isInvalidInputOnTheName() {
        assertInvalid(() -> new Customer(null, "ada@example.com", Optional.empty()), "customer.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada lovelace@example.com",
            "ada@exa mple.com", "ada@example.com\u0000"})
    void aBadEmail_isInvalidInputOnTheEmail(String email) {
        assertInvalid(() -> new Customer("Ada", email, Optional.empty()), "customer.email");
    }

    @Test
    void anOverlongEmail_isInvalidInputOnTheEmail() {
        String email = "a".repeat(243) + "@example.com"; // 255 characters
        assertInvalid(() -> new Customer("Ada", email, Optional.empty()), "customer.email");
        assertThat(new Customer("Ada", email.substring(1), Optional.empty()).email()).hasSize(254);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "call me", "+1 555 0100 ext. 5 please", "555\u00000100", "1234567890123456789012345678901"})
    void aBadPhone_isInvalidInputOnThePhone(String phone) {
        assertInvalid(() -> new Customer("Ada", "ada@example.com", Optional.of(phone)), "customer.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 (555) 010-0100", "020 7946 0958", "555.010.0100"})
    void ordinaryPhoneNumbers_areAccepted(String phone) {
        assertThat(new Customer("Ada", "ada@example.com", Optional.of(phone)).phone()).contains(phone);
    }
}
