package dev.chit.adapters.web.auth;

import dev.chit.adapters.web.support.Violations;
import dev.chit.application.auth.SignInCommand;

import java.util.Optional;

/** {@code {"email","password"}}. Its {@code toString} never shows the password. */
record LoginJson(String email, String password) {

    Optional<SignInCommand> toCommand(String clientAddress, Violations violations) {
        violations.required(email, "email");
        violations.required(password, "password");
        if (violations.any()) {
            return Optional.empty();
        }
        return violations.attempt(() -> new SignInCommand(email, password, clientAddress));
    }

    @Override
    public String toString() {
        return "LoginJson[email=" + email + ", password=***]";
    }
}
