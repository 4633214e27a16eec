package dev.chit.domain.staff;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewPasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "short", "elevenchars"})
    void tooShortOrBlank_isInvalidInputOnPassword(String value) {
        assertThatThrownBy(() -> new NewPassword(value)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly("password"));
    }

    @Test
    void tooLong_isInvalid() {
        assertThatThrownBy(() -> new NewPassword("x".repeat(NewPassword.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aGoodPassword_isKept_butNeverShown() {
        NewPassword password = new NewPassword("correct horse battery");

        assertThat(password.value()).isEqualTo("correct horse battery");
        assertThat(password.toString()).doesNotContain("horse");
    }
}
