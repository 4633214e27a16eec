package dev.chit.application.auth;

import dev.chit.domain.error.DomainException;

/**
 * The email is unknown or the password wrong. Which one is never said, so that the sign-in
 * form cannot be used to find out who has an account.
 */
public final class InvalidCredentials extends DomainException {

    public InvalidCredentials() {
        super("the email or the password is wrong");
    }
}
