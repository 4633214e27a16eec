package dev.chit.application.auth;

import dev.chit.domain.error.Checks;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.staff.NewPassword;

import java.util.Locale;
import java.util.Objects;

/**
 * An attempt to sign in. The email is compared lower-case, as users are stored; the password
 * is held only until it is checked, and never shown by {@code toString}.
 *
 * @param clientAddress where the attempt came from, for the throttle
 */
public record SignInCommand(String email, String password, String clientAddress) {

    public SignInCommand {
        email = Checks.text(email, "email", 254).toLowerCase(Locale.ROOT);
        if (password == null || password.isEmpty()) {
            throw new InvalidInput("password", "required", "password is required");
        }
        if (password.length() > NewPassword.MAX_LENGTH) {
            // No password this long was ever accepted, and hashing it would cost for nothing.
            throw new InvalidInput("password", "too-long", "password must be at most " + NewPassword.MAX_LENGTH
                    + " characters");
        }
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
